// Issue #14 "A record the Monday call can trust", walked in the Playground on the Development clock
// (BotCommit__DevelopmentClock__Start/__Speed, README "Walking the week in minutes"). The spec runs its own Azurite,
// Playground and bot (dev-clock-stack.mjs, ports 10012/56160/3988); the other specs keep the real clock. The bot is
// started four times on the same storage, each time with its clock where the walk goes next (team zone UTC, default
// schedule: deadline Monday 07:00):
// 1. W's Monday 06:00, real speed: the admin nudges; Alex commits Contoso 50,000 and Fabrikam 100,000 closing in W and
//    submits on time.
// 2. W's deadline minus 10 s, ten times real speed: the deadline passes on the running clock; W's summary is posted;
//    Alex moves Fabrikam to Upside (and slips it): the receipt says last week's commit is unchanged, the change shows in
//    W's summary thread.
// 3. W+1's Monday 06:00: Alex's card starts from the revision (Fabrikam in Upside); Alex marks Contoso Won, on time.
// 4. W+1's deadline minus 10 s: the deadline passes; W+1's summary measures last week against the original commit:
//    actual 50,000 of 150,000, attainment 33.3 % (had the late move rewritten W's record: 50,000 of 50,000, 100 %).
import { test, after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, screenshotElement, waitForText, clickButton, adminSays, ids, artifactsDir } from './playground.mjs';
import { startDevClockStack } from './dev-clock-stack.mjs';

const HOUR = 3600_000;
const timings = [];
let lastMark;
/** Notes how long the step took (printed at the end: where the spec's time goes). */
function mark(step) {
  const now = Date.now();
  timings.push(`${step}: ${now - lastMark} ms`);
  lastMark = now;
}

const monday = nextMonday(new Date(), 7); // W's Monday (00:00 UTC), at least a week ahead of the browser's date
const week = isoWeek(monday);
const nextWeek = isoWeek(addDays(monday, 7));
const deadline = (m) => new Date(m.getTime() + 7 * 3600_000); // the default deadline, Monday 07:00, team zone UTC

let stack;
let session;
let phase; // { start, launchedAt, readyAt } of the running bot
let firstWeekWalked = false;

before(async () => {
  lastMark = Date.now();
  stack = await startDevClockStack({ botPort: 3988, playgroundPort: 56160, azuritePort: 10012, logDir: artifactsDir, admin: ids.admin.aadObjectId });
  mark('Azurite and Playground started');
});
afterEach(async (t) => {
  // A failed step leaves the page as it was: keep it to see why.
  if (session && t.passed === false) await screenshot(session.page, `record-failed-${t.name.slice(0, 12).replace(/\W+/g, '-')}`);
});
after(async () => {
  await session?.context.close();
  await stack?.close();
});

const admin = (text, channel = ids.team) => adminSays(text, channel, { serviceUrl: stack.connector, bot: stack.botUrl });

test(`week ${week}: nudge, submit on time; after the deadline a commit moved to Upside is a revision`, async () => {
  await runBot(new Date(deadline(monday).getTime() - HOUR), 1);
  await stack.playgroundReady();
  mark('Playground ready');
  session = await openPlayground(stack.playgroundUrl, { timeout: 90000 });
  const { page } = session;
  mark('Playground open');

  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General'); // installs BotCommit in the team
  await waitForText(page, 'Import the roster', 30000);
  await admin('import roster');
  await waitForText(page, 'Roster imported', 20000);
  await admin('set channel', ids.managers);
  await admin('share summary', ids.managers); // the channel gets every detail, late changes included
  mark('team set up');

  await admin('nudge now');
  await openConversation(page, 'Personal Chat');
  await waitForText(page, `Your commit for week ${week}`, 30000);
  await clickButton(page, 'Add a new deal');
  await waitForText(page, 'New deal 1', 20000);
  await addCommit(page, { account: 'Contoso', name: 'Renewal', amount: '50000', close: addDays(monday, 2) });
  await clickButton(page, 'Add a new deal');
  await waitForText(page, 'New deal 2', 20000);
  await addCommit(page, { account: 'Fabrikam', name: 'Expansion', amount: '100000', close: addDays(monday, 3) });
  await screenshot(page, 'record-1-commit-typed');
  await clickButton(page, 'Submit');
  await waitForText(page, `Commit for ${week} received`, 20000);
  await screenshot(page, 'record-2-receipt-on-time');
  assert.ok(botTimeAtMost(Date.now()) < deadline(monday).getTime(), 'submitted before the deadline by the bot\'s clock');
  assert.ok(await latestCard(page).getByText('You can edit until').isVisible(), 'the receipt is the on-time one');
  mark('nudged, two commits submitted');

  // The deadline passes on the bot's clock: the bot starts again shortly before it and the spec waits until it is past.
  await runBot(new Date(deadline(monday).getTime() - 10_000), 10);
  await waitUntilBotTime(deadline(monday).getTime() + 10_000);
  await admin('post summary', ids.managers);
  mark('deadline passed, summary posted');

  await openConversation(page, 'Personal Chat');
  await clickButton(page, 'Edit'); // the receipt's Edit: the card again, now past the deadline
  await waitForText(page, 'has passed', 20000);
  const card = latestCard(page);
  await dealRow(card, 'Fabrikam').getByRole('button', { name: 'Edit', exact: true }).click();
  await chooseIn(page, card, 'Category', 'Upside');
  await pickDateIn(page, card, 'Expected close date', addDays(monday, 24)); // and it slipped
  await screenshot(page, 'record-3-moved-to-upside');
  await clickButton(page, 'Submit');
  await waitForText(page, "last week's commit is unchanged", 20000);
  await screenshot(page, 'record-4-receipt-revision');
  const receipt = await latestCard(page).innerText();
  assert.match(receipt, /Recorded after the deadline/, receipt);
  assert.match(receipt, /Fabrikam · Expansion\s+Upside · 100,000 USD/, `the receipt shows the change: ${receipt}`);
  mark('moved to Upside after the deadline');

  await openConversation(page, 'Sales Team - Managers');
  await hideLogPanel(page); // it lists every activity: the change must show in the channel itself
  const weekSummary = page.locator('.ac-adaptiveCard').filter({ hasText: `Weekly commit summary ${week}` }).last();
  await weekSummary.waitFor({ timeout: 30000 });
  assert.match(await weekSummary.innerText(), /This week commit\s+150,000\b/, 'W counts both commits as they stood at the deadline');
  await screenshot(page, 'record-5-summary-week');
  const lateChange = page.getByText('Alex Wilber: changed after cutoff: −100,000 commit, +100,000 upside').filter({ visible: true }).first();
  await lateChange.waitFor({ timeout: 30000 });
  await lateChange.scrollIntoViewIfNeeded();
  await screenshot(page, 'record-6-late-change-in-thread');
  // A reply in the summary's thread: the nearest post around the line holding a card holds W's summary card.
  const threadCard = await lateChange.evaluate((line) => {
    let post = line.parentElement;
    while (post && !post.querySelector('.ac-adaptiveCard')) post = post.parentElement;
    return post?.querySelector('.ac-adaptiveCard')?.innerText.split('\n')[0] ?? '';
  });
  assert.equal(threadCard.trim(), `Weekly commit summary ${week}`, 'the late change is a reply in W\'s summary thread');
  mark('summary and late change in the channel');
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
  assert.match(await card.innerText(), /Fabrikam · Expansion\s+Upside · 100,000 USD/, 'the next card starts from the revision');
  await dealRow(card, 'Contoso').getByRole('button', { name: 'Edit', exact: true }).click();
  await chooseIn(page, card, 'Category', 'Won');
  await clickButton(page, 'Submit');
  await waitForText(page, `Commit for ${nextWeek} received`, 20000);
  assert.ok(botTimeAtMost(Date.now()) < deadline(nextMondayDate).getTime(), 'submitted before the deadline by the bot\'s clock');
  await screenshot(page, 'record-8-next-receipt');
  mark('next week: Contoso won');

  await runBot(new Date(deadline(nextMondayDate).getTime() - 10_000), 10);
  await waitUntilBotTime(deadline(nextMondayDate).getTime() + 10_000);
  await admin('post summary', ids.managers);
  await openConversation(page, 'Sales Team - Managers');
  const summary = page.locator('.ac-adaptiveCard').filter({ hasText: `Weekly commit summary ${nextWeek}` }).last();
  await summary.waitFor({ timeout: 30000 });
  await screenshotElement(page, summary, 'record-9-summary-next-week');
  // Against the original commit (Contoso 50,000 + Fabrikam 100,000): 33.3 %. Had the late move rewritten W's record,
  // last week's commit would read 50,000 and the attainment 100 %.
  const figures = await summary.innerText();
  assert.match(figures, /Last week actual\s+50,000\b/, figures);
  assert.match(figures, /Last week commit\s+150,000\b/, figures);
  assert.match(figures, /Attainment: 33\.3 %/, figures);
  assert.match(figures, /Alex Wilber\s+0\s+33\.3 %/, 'Alex\'s row: last week\'s attainment 33.3 %');
  mark('next week\'s summary');
  t.diagnostic(`where the time went: ${timings.join('; ')}`);
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

/** Hides the Playground's log panel (a developer view of all traffic), so only the conversation is looked at. */
async function hideLogPanel(page) {
  await page.evaluate(() => {
    const header = [...document.querySelectorAll('body *')].find((e) => e.childElementCount === 0 && e.textContent.trim() === 'Log Panel');
    let panel = header;
    while (panel && !panel.textContent.includes('Click on a log item')) panel = panel.parentElement;
    if (panel && panel !== document.body) panel.style.display = 'none';
  });
}

// --- the card ---------------------------------------------------------------------------------------------------------

function latestCard(page) {
  return page.locator('.ac-adaptiveCard').filter({ hasText: /Your commit for week|received|Recorded after/ }).last();
}

/** The summary row of a deal in a card: the nearest element holding its title and its Edit toggle. */
function dealRow(card, account) {
  return card.getByText(account, { exact: false }).first().locator('xpath=ancestor::*[.//button[normalize-space()="Edit"]][1]');
}

/** Fills the newest "New deal" slot with a commit at 90 % (a soft commit: the checklist is left open, so a reason). */
async function addCommit(page, deal) {
  await page.getByLabel('Account', { exact: false }).last().fill(deal.account);
  await page.getByLabel('Deal name', { exact: false }).last().fill(deal.name);
  await page.getByRole('combobox', { name: 'Category' }).last().click();
  await page.getByRole('option', { name: 'Commit', exact: true }).last().click();
  await page.getByLabel('Amount', { exact: false }).last().fill(deal.amount);
  await pickDateLast(page, 'Expected close date', deal.close);
  await page.getByRole('combobox', { name: 'Stage' }).last().click();
  await page.getByRole('option', { name: '90 %', exact: true }).last().click();
  await page.getByLabel('Reason for a soft commit', { exact: false }).last().fill('Waiting for the signed order form');
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

