// Issue #14 "A record the Monday call can trust", walked in the Playground on the Development clock
// (BotCommit__DevelopmentClock__Start/__Speed, README "Walking the week in minutes"). The spec runs its own Azurite,
// Playground and bot (dev-clock-stack.mjs); the other specs keep the real clock.
//
// Week W (the bot starts on W's Monday half an hour before the 07:00 deadline, UTC team, 40 bot seconds per second):
// the admin nudges, Alex commits Contoso 50,000 and Fabrikam 100,000 closing in W and submits on time. The deadline
// passes on the bot's clock; W's summary is posted; Alex then moves Fabrikam to Upside (slipped three weeks): the
// receipt says last week's commit is unchanged and the change is posted in W's summary thread.
// Week W+1 (the bot restarts on W+1's Monday, before its deadline): Alex's card starts from the revision (Fabrikam in
// Upside), Alex marks Contoso Won, the deadline passes, W+1's summary is posted: last week actual 50,000 against the
// original commit of 150,000, attainment 33.3 % (had the late change rewritten the record: 50,000, 100 %).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, screenshotElement, sendMessage, waitForText, clickButton, adminSays, ids } from './playground.mjs';
import { startDevClockStack } from './dev-clock-stack.mjs';
import { artifactsDir } from './playground.mjs';

const HOUR = 3600_000;
const timings = [];

const monday = nextMonday(new Date(), 7); // W's Monday (00:00 UTC), at least a week ahead of the browser's date
const week = isoWeek(monday);
const nextWeek = isoWeek(addDays(monday, 7));
const deadline = (m) => new Date(m.getTime() + 7 * 3600_000); // the default deadline, Monday 07:00, team zone UTC

let stack;
let session;
let phase; // { start, launchedAt, readyAt } of the running bot
let firstWeekWalked = false;

before(async () => {
  stack = await startDevClockStack({ botPort: 3988, playgroundPort: 56160, azuritePort: 10012, logDir: artifactsDir, admin: ids.admin.aadObjectId });
});
after(async () => {
  console.log(timings.join('\n'));
  await session?.context.close();
  await stack?.close();
});

const admin = (text, channel = ids.team) => adminSays(text, channel, { serviceUrl: stack.connector, bot: stack.botUrl });

test(`week ${week}: nudge, submit on time; after the deadline a commit moved to Upside is a revision`, async () => {
  await runBot(new Date(deadline(monday).getTime() - HOUR), 1);
  await stack.playgroundReady();
  session = await openPlayground(stack.playgroundUrl);
  const { page } = session;

  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General');
  await waitForText(page, 'Import the roster', 30000);
  await admin('import roster');
  await waitForText(page, 'Roster imported', 20000);
  await admin('set channel', ids.managers);
  await admin('share summary', ids.managers);
  await admin('nudge now');

  await openConversation(page, 'Personal Chat');
  await waitForText(page, `Your commit for week ${week}`, 30000);
  await clickButton(page, 'Add a new deal');
  await waitForText(page, 'New deal 1', 20000);
  await addDeal(page, { account: 'Contoso', name: 'Renewal', amount: '50000', close: addDays(monday, 2) });
  await clickButton(page, 'Add a new deal');
  await waitForText(page, 'New deal 2', 20000);
  await addDeal(page, { account: 'Fabrikam', name: 'Expansion', amount: '100000', close: addDays(monday, 3) });
  await screenshot(page, 'record-1-commit-typed');
  await clickButton(page, 'Submit');
  await waitForText(page, `Commit for ${week} received`, 20000);
  await screenshot(page, 'record-2-receipt-on-time');
  assert.ok(botTimeAtMost(Date.now()) < deadline(monday).getTime(), 'submitted before the deadline by the bot\'s clock');
  assert.ok(await latestCard(page).getByText('You can edit until').isVisible(), 'the receipt is the on-time one');

  // The deadline passes on the bot's clock: the bot starts again just before it and the spec waits until it is past.
  await runBot(new Date(deadline(monday).getTime() - 20_000), 10);
  await waitUntilBotTime(deadline(monday).getTime() + 30_000);
  await admin('post summary', ids.managers);
  await openConversation(page, 'Sales Team - Managers');
  await waitForText(page, `Weekly commit summary ${week}`, 30000);
  await screenshot(page, 'record-3-summary-week');

  await openConversation(page, 'Personal Chat');
  await clickButton(page, 'Edit'); // the receipt's Edit: the card again, now past the deadline
  await waitForText(page, 'has passed', 20000);
  const card = latestCard(page);
  await dealRow(card, 'Fabrikam').getByRole('button', { name: 'Edit', exact: true }).click();
  await chooseIn(page, card, 'Category', 'Upside');
  await pickDateIn(page, card, 'Expected close date', addDays(monday, 24));
  await screenshot(page, 'record-4-moved-to-upside');
  await clickButton(page, 'Submit');
  await waitForText(page, "last week's commit is unchanged", 20000);
  await screenshot(page, 'record-5-receipt-revision');

  await openConversation(page, 'Sales Team - Managers');
  await waitForText(page, 'changed after cutoff', 30000);
  await screenshot(page, 'record-6-late-change-in-thread');
  firstWeekWalked = true;
});

test(`week ${nextWeek}: the card starts from the revision; the summary measures last week against the original commit`, async (t) => {
  if (!firstWeekWalked) {
    t.skip('week W was not walked');
    return;
  }
  const { page } = session;
  const nextMondayDate = addDays(monday, 7);
  await runBot(new Date(deadline(nextMondayDate).getTime() - HOUR), 1);
  await admin('nudge now');
  await openConversation(page, 'Personal Chat');
  await waitForText(page, `Your commit for week ${nextWeek}`, 30000);
  const card = latestCard(page);
  await screenshot(page, 'record-7-next-card');
  await dealRow(card, 'Contoso').getByRole('button', { name: 'Edit', exact: true }).click();
  await chooseIn(page, card, 'Category', 'Won');
  await clickButton(page, 'Submit');
  await waitForText(page, `Commit for ${nextWeek} received`, 20000);
  assert.ok(botTimeAtMost(Date.now()) < deadline(nextMondayDate).getTime(), 'submitted before the deadline by the bot\'s clock');
  await screenshot(page, 'record-8-next-receipt');

  await runBot(new Date(deadline(nextMondayDate).getTime() - 20_000), 10);
  await waitUntilBotTime(deadline(nextMondayDate).getTime() + 30_000);
  await admin('post summary', ids.managers);
  await openConversation(page, 'Sales Team - Managers');
  await waitForText(page, `Weekly commit summary ${nextWeek}`, 30000);
  const summary = page.locator('.ac-adaptiveCard').filter({ hasText: `Weekly commit summary ${nextWeek}` }).last();
  await screenshotElement(page, summary, 'record-9-summary-next-week');
});

/** (Re)starts the bot with its clock at `start`, running `speed` times as fast as the real one. */
async function runBot(start, speed) {
  await stack.stopBot();
  phase = { start, speed, ...await stack.startBot({ start, speed }) };
  timings.push(`bot at ${start.toISOString()} x${speed}: ready in ${phase.readyAt - phase.launchedAt} ms`);
}

// --- the bot's clock -------------------------------------------------------------------------------------------------

/** The latest the bot's clock can read at real instant `t`: it was anchored no earlier than the process launch. */
function botTimeAtMost(t) {
  return phase.start.getTime() + (t - phase.launchedAt) * phase.speed;
}

/** Waits until the bot's clock reads at least `instant` however late it was anchored (no later than /healthz answered). */
async function waitUntilBotTime(instant) {
  const realAt = phase.readyAt + (instant - phase.start.getTime()) / phase.speed;
  const wait = realAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

// --- the card ---------------------------------------------------------------------------------------------------------

function latestCard(page) {
  return page.locator('.ac-adaptiveCard').filter({ hasText: /Your commit for week|received|Recorded after/ }).last();
}

/** The summary row of a deal in a card (its title and its Edit toggle). */
function dealRow(card, account) {
  return card.locator('.ac-columnSet').filter({ hasText: account }).first();
}

async function addDeal(page, deal) {
  await page.getByLabel('Account', { exact: false }).last().fill(deal.account);
  await page.getByLabel('Deal name', { exact: false }).last().fill(deal.name);
  const card = latestCard(page);
  await page.getByRole('combobox', { name: 'Category' }).last().click();
  await page.getByRole('option', { name: 'Commit', exact: true }).last().click();
  await page.getByLabel('Amount', { exact: false }).last().fill(deal.amount);
  await pickDateLast(page, 'Expected close date', deal.close);
  await page.getByRole('combobox', { name: 'Stage' }).last().click();
  await page.getByRole('option', { name: '90 %', exact: true }).last().click();
  await page.getByLabel('Reason for a soft commit', { exact: false }).last().fill('Waiting for the signed order form');
  void card;
}

/** Picks an option of the first visible ChoiceSet labelled `label` in `card`. */
async function chooseIn(page, card, label, option) {
  await card.getByRole('combobox', { name: label }).filter({ visible: true }).first().click();
  await page.getByRole('option', { name: option, exact: true }).last().click();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

async function pickDateLast(page, label, date) {
  await page.getByRole('combobox', { name: label }).or(page.getByLabel(label)).last().click();
  await pickInCalendar(page, date);
}

async function pickDateIn(page, card, label, date) {
  await card.getByRole('combobox', { name: label }).or(card.getByLabel(label)).filter({ visible: true }).first().click();
  await pickInCalendar(page, date);
}

async function pickInCalendar(page, date) {
  const calendar = page.getByRole('dialog', { name: 'Calendar' }).last();
  await calendar.waitFor();
  const day = `${date.getUTCDate()}, ${MONTHS[date.getUTCMonth()]}, ${date.getUTCFullYear()}`;
  for (let step = 0; step < 24 && !(await calendar.getByRole('button', { name: day, exact: true }).count()); step++) {
    await calendar.getByRole('button', { name: /Next month/i }).first().click();
  }
  await calendar.getByRole('button', { name: day, exact: true }).first().click();
}

// --- dates -------------------------------------------------------------------------------------------------------------

function addDays(date, days) {
  return new Date(date.getTime() + days * 86400_000);
}

/** The first Monday (00:00 UTC) at least `days` days after `from`. */
function nextMonday(from, days) {
  const earliest = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return addDays(earliest, (8 - (earliest.getUTCDay() || 7)) % 7);
}

/** The ISO week name of a Monday, e.g. 2026-W51. */
function isoWeek(mondayDate) {
  const thursday = addDays(mondayDate, 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1 = addDays(jan4, 1 - (jan4.getUTCDay() || 7));
  return `${year}-W${String(1 + Math.round((mondayDate - week1) / (7 * 86400_000))).padStart(2, '0')}`;
}

void sendMessage;
