// Issue "Regions" (#17): a team manager makes their call from the card in their personal chat, and once the team's call
// deadline has passed the region's summary appears in the region's channel with that call and its note.
// The call window is Monday 08:00-12:00 on the team's zone, so this spec runs its own Azurite, bot and Playground (on
// ports of its own, inside run-e2e.sh's network namespace) with the bot's development clock: first on a Monday at 10:00
// UTC (the call window is open), then, after the call, the bot is restarted on the same storage with its clock at 12:05
// (the team's deadline has passed) — no race against a fast clock on a loaded machine. The scheduler ticks every 2 s.
// Alex (the browser's user) is the team's manager; Bianca (the admin) builds the tree.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { openPlayground, openConversation, screenshot, screenshotElement, waitForText, clickButton, adminSays, ids, artifactsDir } from './playground.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORTS = { azurite: Number(process.env.REGION_AZURITE_PORT ?? 10013), bot: Number(process.env.REGION_BOT_PORT ?? 3989), playground: Number(process.env.REGION_PLAYGROUND_PORT ?? 56161) };
const BOT = `http://127.0.0.1:${PORTS.bot}`;
const CONNECTOR = `http://localhost:${PORTS.playground}/_connector`;
const BEFORE_DEADLINE = '2026-12-07T10:00:00Z'; // a Monday: the team's records are final (its summary at 08:00), the call window is open
const AFTER_DEADLINE = '2026-12-07T12:05:00Z'; // the team's call deadline (12:00) has passed: the region's summary is due
const ALEX = { id: '29:user-alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const NOTE = 'Acme renewal signs Thursday';

const children = [];
let session;
let bot;
let tables;

before(async () => {
  children.push(start('region-azurite', path.join(ROOT, 'node_modules/.bin/azurite-table'),
    ['--tableHost', '127.0.0.1', '--tablePort', String(PORTS.azurite), '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--inMemoryPersistence']));
  await waitForPort(PORTS.azurite, 30);
  tables = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${PORTS.azurite}/devstoreaccount1;`;
  bot = await startBot(BEFORE_DEADLINE, 'region-bot-1');
  const bin = path.join(ROOT, '.e2e/bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
  children.push(start('region-playground', 'node',
    [path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js'), '-p', String(PORTS.playground), '-e', `${BOT}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
    { cwd: path.join(ROOT, 'Bot/BotCommit.Bot/Playground'), env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }));
  await waitForHttp(`http://127.0.0.1:${PORTS.playground}/_debug/ping`, 30);
  session = await openPlayground(`http://127.0.0.1:${PORTS.playground}/`);
});

after(async () => {
  await session?.context.close();
  bot?.kill('SIGTERM');
  for (const child of children.reverse()) child.kill('SIGTERM');
});

/** Starts the bot on this spec's storage with its development clock at `clock`; resolves once it answers. */
async function startBot(clock, logName) {
  const child = start(logName, 'dotnet', [path.join(ROOT, 'Bot/BotCommit.Bot/bin/Release/net10.0/BotCommit.Bot.dll'), '--urls', BOT, '--contentRoot', path.join(ROOT, 'Bot/BotCommit.Bot')], {
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      BotCommit__AllowAnonymous: 'true',
      ConnectionStrings__Tables: tables,
      BotCommit__BootstrapAdmins__0: ids.admin.aadObjectId,
      BotCommit__DevelopmentClock__Start: clock,
      BotCommit__DevelopmentClock__Speed: '1',
      Scheduler__TickCron: '*/2 * * * * *',
      Hangfire__SchedulePollingInterval: '00:00:01',
      Logging__LogLevel__Default: 'Information',
    },
  });
  await waitForHttp(`${BOT}/healthz`, 90);
  return child;
}

async function stopBot(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

test('the team manager calls from the card; the region summary in its channel shows that call', async (t) => {
  const { page } = session;
  const say = (text, channel = ids.team, mentions = []) => adminSays(text, channel, { mentions, serviceUrl: CONNECTOR, bot: BOT });

  // Opening the personal chat stores Alex's chat; opening General adds BotCommit to the team.
  await waitForText(page, 'Welcome to BotCommit', 30000);
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General');
  await waitForText(page, 'Import the roster', 30000);
  await say('add region EMEA');
  await waitForText(page, 'Region EMEA added', 20000);
  await say('set parent EMEA');
  await waitForText(page, 'is now under EMEA', 20000);
  await say(`set region manager <at>${ALEX.name}</at>`, ids.team, [ALEX]);
  await waitForText(page, 'now makes the weekly commit of', 20000);
  await say('set region channel EMEA', ids.managers);
  await screenshot(page, 'region-1-tree-set');

  // The tick sends Alex the call card in his personal chat: he sets this week's, the month's and the quarter's figure,
  // each with a note, and submits before the deadline.
  await openConversation(page, 'Personal Chat');
  await waitForText(page, 'Your weekly commit for Sales Team', 40000);
  // The card has the six figures in order, each number input followed by its note input.
  const figures = [[/^This week's commit \(roll-up/, 0, NOTE], [/^Month forecast \(roll-up/, 2, 'Acme in December'], [/^Quarter forecast \(roll-up/, 4, 'Acme in this quarter']];
  for (const [label, index, note] of figures) {
    // Typed key by key (as a person does): the card's inputs take their value from key events.
    const figure = page.getByLabel(label).last();
    await figure.click();
    await figure.press('Control+A');
    await figure.pressSequentially('250');
    const noteInput = page.getByPlaceholder('Why, if you change it').nth(index);
    await noteInput.click();
    await noteInput.pressSequentially(note);
  }
  await screenshot(page, 'region-2-call-card-filled');
  await clickButton(page, 'Submit my commit');
  await waitForText(page, 'Your commit is saved', 20000);
  await screenshot(page, 'region-3-call-receipt');

  // Past 12:00 on the bot's clock (the bot restarted on the same storage), the region's summary is posted once in the
  // Managers channel, with Alex's call.
  await stopBot(bot);
  const restarted = Date.now();
  bot = await startBot(AFTER_DEADLINE, 'region-bot-2');
  t.diagnostic(`the bot restarted past the deadline in ${((Date.now() - restarted) / 1000).toFixed(0)} s`);
  await openConversation(page, 'Sales Team - Managers');
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Region EMEA' });
  await card.first().waitFor({ timeout: 90000 });
  await page.waitForTimeout(4000); // two more ticks: nothing is posted twice
  assert.equal(await card.count(), 1, 'one region summary in the channel');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'region-4-summary-posted');
  await screenshotElement(page, card, 'region-5-summary-card');
  const text = await card.innerText();
  assert.match(text, /Sales Team/, 'the team is a line of the region summary');
  assert.match(text, /committed/, 'the team\'s state is "committed"');
  assert.match(text, /Manager's call\s*250/, `the manager's call is shown: ${text}`);
  assert.ok(text.includes(NOTE), `the call's note is among the biggest changes: ${text}`);
});

function start(name, command, args, options = {}) {
  const log = openSync(path.join(artifactsDir, `${name}.log`), 'w');
  const child = spawn(command, args, { ...options, stdio: ['ignore', log, log] });
  child.on('error', (error) => console.error(`${name}: ${error}`));
  return child;
}

async function waitForPort(port, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`nothing listens on port ${port} after ${seconds} s`);
}

async function waitForHttp(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s (see artifacts/e2e/region-*.log)`);
}
