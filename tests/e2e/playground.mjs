// Helpers to drive the Microsoft 365 Agents Playground UI (0.2.28) in headless Debian Chromium.
// Selectors and quirks are documented in ../../README.md ("End-to-end tests") and /shared docs playground.md.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const playgroundUrl = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150/';
export const artifactsDir = process.env.E2E_OUT ?? path.resolve('../../artifacts/e2e');

/**
 * Opens the Playground's UI (the one of run-e2e.sh unless `url` names another, as 06-record's own stack); `timeout` is
 * how long the first page load may take (on a busy 2-core machine it can pass Playwright's 30 s default).
 */
export async function openPlayground(url = playgroundUrl, { timeout = 60000 } = {}) {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'botcommit-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  try {
    await page.goto(url, { timeout });
  } catch (error) {
    await context.close(); // a browser left open keeps the test file from ending
    throw error;
  }
  return { context, page };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * Screenshots one element whole, however tall: the Playground scrolls the conversation inside its own pane (a full-page
 * screenshot does not help), so the viewport is made taller than the element for the shot, then restored.
 */
export async function screenshotElement(page, locator, name) {
  const viewport = page.viewportSize();
  const box = await locator.boundingBox();
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(box.height) + 400) });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Types a message into the composer of the open conversation and sends it with Enter. */
export async function sendMessage(page, text) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  await box.click();
  await box.pressSequentially(text);
  await page.keyboard.press('Enter');
}

/** Waits until some element shows the text (cards render as DOM text). */
export async function waitForText(page, text, timeout = 20000) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout });
}

/** Opens a conversation in the left rail: "Personal Chat", "Group Chat" or "<Team> - <Channel>". */
export async function openConversation(page, label) {
  await page.locator(`[role="treeitem"][aria-label="${label}"]`).first().click();
}

/** Clicks the newest button with this title (card actions are buttons named by their title). */
export async function clickButton(page, name) {
  await page.getByRole('button', { name, exact: true }).last().click();
}

/** The newest element showing this text. */
export function newest(page, text) {
  return page.getByText(text, { exact: false }).last();
}

export const botUrl = process.env.BOT_URL ?? 'http://127.0.0.1:3978';
export const clientProxyUrl = process.env.CLIENT_PROXY_URL ?? 'http://127.0.0.1:3979';

/**
 * From now on the browser's user (Alex) writes from a Teams client in `locale` and `timezone` (client-locale-proxy.mjs
 * rewrites what the Playground sends); `null` goes back to what the Playground sends (en-US).
 */
export async function actAsClient(locale, timezone) {
  const response = await fetch(`${clientProxyUrl}/_client`, locale
    ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale, timezone }) }
    : { method: 'DELETE' });
  if (response.status !== 204) throw new Error(`the client proxy answered ${response.status}`);
}
export const ids = {
  tenant: '11111111-1111-1111-1111-111111111111',
  bot: { id: '28:botcommit-local', name: 'BotCommit' },
  team: '19:team-sales@thread.tacv2',
  managers: '19:managers@thread.tacv2',
  admin: { id: '29:user-bianca', name: 'Bianca Rossi', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000002' },
  connector: 'http://localhost:56150/_connector',
};

/**
 * Sends a message to the bot as the admin (Bianca) in a team channel, the way Teams would deliver an @mention. The
 * browser only knows the Playground's current user (Alex, a rep); the admin acts from "another device".
 * `mentions` are people @mentioned after the bot (`{ id, name, aadObjectId }`, written `<at>name</at>` in `text`);
 * `serviceUrl` is where the bot answers (a connector recorder in front of the Playground, see connector-recorder.mjs);
 * `bot` is the bot's base URL (a spec that runs its own bot: 06-record, 06-region-call).
 */
export async function adminSays(text, channelId = ids.team, { mentions = [], serviceUrl = ids.connector, locale = 'en-US', bot = botUrl } = {}) {
  const mention = `<at>${ids.bot.name}</at>`;
  const activity = {
    type: 'message', id: newActivityId(), timestamp: new Date().toISOString(),
    serviceUrl, channelId: 'msteams', from: ids.admin, recipient: ids.bot, locale,
    conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId: ids.tenant },
    text: `${mention} ${text}`, textFormat: 'plain',
    entities: [
      { type: 'mention', text: mention, mentioned: ids.bot },
      ...mentions.map((person) => ({ type: 'mention', text: `<at>${person.name}</at>`, mentioned: person })),
    ],
    channelData: { tenant: { id: ids.tenant }, team: { id: ids.team }, channel: { id: channelId } },
  };
  const response = await postToBot(activity, bot);
  if (response.status !== 200) throw new Error(`the bot answered ${response.status} to "${text}"`);
}

/**
 * A rep's Action.Execute on a check-in card, sent as Teams sends it (an `adaptiveCard/action` invoke from the rep's
 * personal chat; the card data merged with the inputs). Returns the invoke's answer: `{ statusCode, type, value }`.
 * `serviceUrl` and `bot` as for adminSays.
 */
export async function repExecutes(rep, verb, data, { serviceUrl = ids.connector, bot = botUrl } = {}) {
  const activity = {
    type: 'invoke', name: 'adaptiveCard/action', id: newActivityId(), timestamp: new Date().toISOString(),
    serviceUrl, channelId: 'msteams', from: rep, recipient: ids.bot, locale: 'en-US',
    conversation: { id: `a:personal-${rep.id}`, conversationType: 'personal', tenantId: ids.tenant },
    channelData: { tenant: { id: ids.tenant }, source: { name: 'message' } },
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } },
  };
  const response = await postToBot(activity, bot);
  if (response.status !== 200) throw new Error(`the bot answered ${response.status} to ${rep.name}'s ${verb}`);
  return response.json();
}

function newActivityId() {
  return `e2e-${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

function postToBot(activity, bot = botUrl) {
  return fetch(`${bot}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
  });
}

/** Picks an option of the newest compact ChoiceSet (a Fluent combobox) labelled `label`. */
export async function chooseOption(page, label, option) {
  await page.getByRole('combobox', { name: label }).last().click();
  await page.getByRole('option', { name: option, exact: true }).last().click();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Picks a date in the newest Input.Date labelled `label` (typed text is not committed: the calendar must be used). */
export async function pickDate(page, label, date) {
  await page.getByRole('combobox', { name: label }).or(page.getByLabel(label)).last().click();
  const calendar = page.getByRole('dialog', { name: 'Calendar' }).last();
  await calendar.waitFor();
  const day = `${date.getUTCDate()}, ${MONTHS[date.getUTCMonth()]}, ${date.getUTCFullYear()}`;
  for (let step = 0; step < 24 && !(await calendar.getByRole('button', { name: day, exact: true }).count()); step++) {
    await calendar.getByRole('button', { name: /Next month/i }).first().click();
  }
  await calendar.getByRole('button', { name: day, exact: true }).first().click();
}

/** Starts a new post in the open channel: "@BotCommit <text>", the mention picked from the @ list, sent with Post. */
export async function postWithMention(page, text) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  await box.click();
  await box.pressSequentially('@Bot');
  await page.getByRole('menuitem').filter({ hasText: 'BotCommit' }).first().click();
  await box.pressSequentially(` ${text}`);
  const post = page.getByRole('button', { name: 'Post', exact: true });
  if (await post.count() > 0) {
    await post.first().click();
  } else {
    await page.keyboard.press('Enter');
  }
}
