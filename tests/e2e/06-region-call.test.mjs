// Issue "Regions" (#17): a team manager makes their call from the card in their personal chat — one figure changed with
// a note and one of a rep's deals moved from Upside to Commit with a note — and once the team's call deadline has passed
// the region's summary appears in the region's channel with that call, the moved deal and both notes, and the chart of
// the children's month forecast (roll-up, call, target). The week is December's first review week, so the region's
// monthly review (#18) follows in the same channel, once.
// The call window is Monday 08:00-12:00 on the team's zone, so this spec runs its own Azurite, bot and Playground (on
// ports of its own, inside run-e2e.sh's network namespace) with the bot's development clock: first on Sunday evening
// (Carol, a rep, checks in two deals before the reps' deadline), then on a Monday at 10:00 UTC (the call window is
// open), then, after the call, at 12:05 (the team's deadline has passed) — each time the bot restarted on the same
// storage, so there is no race against a fast clock on a loaded machine. The scheduler ticks every 2 s.
// Alex (the browser's user) is the team's manager; Bianca (the admin) builds the tree; Carol checks in from "another
// device" (an invoke sent as Teams sends it).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { openPlayground, openConversation, screenshot, screenshotElement, waitForText, clickButton, adminSays, repExecutes, ids, artifactsDir } from './playground.mjs';
import { newDealInputs } from './large-team.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORTS = { azurite: Number(process.env.REGION_AZURITE_PORT ?? 10013), bot: Number(process.env.REGION_BOT_PORT ?? 3989), playground: Number(process.env.REGION_PLAYGROUND_PORT ?? 56161) };
const BOT = `http://127.0.0.1:${PORTS.bot}`;
const CONNECTOR = `http://localhost:${PORTS.playground}/_connector`;
const SUNDAY = '2026-12-06T18:00:00Z'; // before the reps' Monday deadline: Carol's check-in is the week's record
const BEFORE_DEADLINE = '2026-12-07T10:00:00Z'; // a Monday: the team's records are final (its summary at 08:00), the call window is open
const AFTER_DEADLINE = '2026-12-07T12:05:00Z'; // the team's call deadline (12:00) has passed: the region's summary is due
const ALEX = { id: '29:user-alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const CAROL = { id: '29:user-carol', name: 'Carol Diaz', aadObjectId: 'cccccccc-0000-0000-0000-0000000000c1' };
const NOTE = 'Acme renewal signs Thursday';
const MOVE_NOTE = 'Fabrikam PO promised for Wednesday';
// Carol's deals for the week of Monday 2026-12-07: a commit and an upside, both closing this week.
const CAROL_DEALS = [
  { account: 'Contoso', name: 'Renewal 2027', category: 'Commit', amount: 40000, close: new Date(Date.UTC(2026, 11, 10)), stage: 90, checklist: [true, true, true, true, true] },
  { account: 'Fabrikam', name: 'Platform expansion', category: 'Upside', amount: 25000, close: new Date(Date.UTC(2026, 11, 11)), stage: 60, checklist: [true, false, false, false, false] },
];

const children = [];
let session;
let bot;
let tables;

before(async () => {
  children.push(start('region-azurite', path.join(ROOT, 'node_modules/.bin/azurite-table'),
    ['--tableHost', '127.0.0.1', '--tablePort', String(PORTS.azurite), '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--inMemoryPersistence']));
  await waitForPort(PORTS.azurite, 30);
  tables = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${PORTS.azurite}/devstoreaccount1;`;
  bot = await startBot(SUNDAY, 'region-bot-0');
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

test('the team manager calls from the card and moves a deal; the region summary in its channel shows the call, the move and the chart', async (t) => {
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

  // Sunday evening: Carol is added as a rep and checks in her two deals (from her own chat, as Teams sends it).
  await say(`add rep <at>${CAROL.name}</at>`, ids.team, [CAROL]);
  await waitForText(page, `${CAROL.name} is a rep`, 20000);
  const current = await repExecutes(CAROL, 'checkin.edit', { cardVersion: 1, week: '' }, { serviceUrl: CONNECTOR, bot: BOT });
  assert.equal(current.type, 'application/vnd.microsoft.card.adaptive', 'Carol gets her check-in card');
  const checkedIn = await repExecutes(CAROL, 'checkin.submit', { ...actionData(current.value, 'checkin.submit'), ...newDealInputs(CAROL_DEALS) }, { serviceUrl: CONNECTOR, bot: BOT });
  assert.match(checkedIn.value.body[0].text, /received/, `Carol's check-in is received: ${JSON.stringify(checkedIn.value.body[0])}`);

  // Monday 10:00 (the bot restarted on the same storage): the reps' records are final.
  await stopBot(bot);
  bot = await startBot(BEFORE_DEADLINE, 'region-bot-1');

  // The tick sends Alex the call card in his personal chat: he moves Carol's upside to Commit with a note and raises the
  // quarter forecast with a note, and submits before the deadline.
  await openConversation(page, 'Personal Chat');
  await waitForText(page, 'Your weekly commit for Sales Team', 60000);
  await waitForText(page, 'Move deals between categories', 10000);
  // The deals are listed biggest first: Contoso (40,000) then Fabrikam (25,000), each pre-filled with its category.
  const fabrikam = page.locator('.ac-adaptiveCard').last().getByText(/Fabrikam/).first();
  await fabrikam.scrollIntoViewIfNeeded();
  await page.getByRole('combobox', { name: 'Count it in' }).nth(1).click();
  await page.getByRole('option', { name: 'Commit', exact: true }).last().click();
  const moveNote = page.getByPlaceholder('Why, if you move it').nth(1);
  await moveNote.click();
  await moveNote.pressSequentially(MOVE_NOTE);
  // Typed key by key (as a person does): the card's inputs take their value from key events.
  const quarter = page.getByLabel(/^Quarter forecast \(roll-up/).last();
  await quarter.click();
  await quarter.press('Control+A');
  await quarter.pressSequentially('90000');
  const quarterNote = page.getByPlaceholder('Why, if you change it').nth(4);
  await quarterNote.click();
  await quarterNote.pressSequentially(NOTE);
  await screenshot(page, 'region-2-call-card-filled');
  await fabrikam.scrollIntoViewIfNeeded();
  await screenshot(page, 'region-2b-call-card-move');
  await clickButton(page, 'Submit my commit');
  await waitForText(page, 'Your commit is saved', 20000);
  await waitForText(page, 'Moved: Fabrikam', 5000);
  await screenshot(page, 'region-3-call-receipt');

  // Past 12:00 on the bot's clock (the bot restarted on the same storage), the region's summary is posted once in the
  // Managers channel, with Alex's call.
  await stopBot(bot);
  const restarted = Date.now();
  bot = await startBot(AFTER_DEADLINE, 'region-bot-2');
  t.diagnostic(`the bot restarted past the deadline in ${((Date.now() - restarted) / 1000).toFixed(0)} s`);
  await openConversation(page, 'Sales Team - Managers');
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Region EMEA — week' });
  await card.first().waitFor({ timeout: 90000 });
  // 2026-W50 is December's first review week: the region's monthly review follows its summary in the same channel.
  const monthly = page.locator('.ac-adaptiveCard').filter({ hasText: 'Monthly forecast review — EMEA — December 2026' });
  await monthly.first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(4000); // two more ticks: nothing is posted twice
  assert.equal(await card.count(), 1, 'one region summary in the channel');
  assert.equal(await monthly.count(), 1, 'one region monthly review in the channel');
  assert.match(await monthly.first().innerText(), /Sales Team/, 'the team is a line of the region\'s monthly review');
  await screenshotElement(page, monthly.first(), 'region-6-monthly-review');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'region-4-summary-posted');
  await screenshotElement(page, card, 'region-5-summary-card');
  const text = await card.innerText();
  assert.match(text, /Sales Team/, 'the team is a line of the region summary');
  assert.match(text, /committed/, 'the team\'s state is "committed"');
  // The roll-up's commit is Carol's 40,000; the call counts the moved upside too: 65,000.
  assert.match(text, /Roll-up \(this week's commit\)\s*40,000/, `the roll-up is shown: ${text}`);
  assert.match(text, /Manager's call\s*65,000/, `the manager's call follows the moved deal: ${text}`);
  assert.ok(text.includes('Moved deal') && text.includes(MOVE_NOTE), `the moved deal and its note are shown: ${text}`);
  assert.ok(text.includes(NOTE), `the quarter's note is among the biggest changes: ${text}`);
  // The Playground draws the chart (its axis up to the call's 65k, one bar group per child, the legend); clients
  // without charts show the fallback with the same numbers.
  assert.ok(/65k\s+Sales Team\s+Roll-up\s+Call\s+Target/.test(text) || text.includes('month: roll-up 40,000 · call 65,000'), `the chart (or its fallback) is shown: ${text}`);
});

/** The data of the first action with `verb` in a card (the check-in card's Submit). */
function actionData(card, verb) {
  let found;
  JSON.stringify(card, (key, value) => {
    if (!found && value && typeof value === 'object' && value.verb === verb && value.data) found = value.data;
    return value;
  });
  assert.ok(found, `the card has a ${verb} action`);
  return found;
}

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
