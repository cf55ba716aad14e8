// Issue #18 "The monthly forecast review", walked in the Playground on the Development clock (as 06-record: its own
// Azurite, Playground and bot from dev-clock-stack.mjs, ports 10020/56168/3996; the scheduler ticks every 2 s). The month
// is January 2027: its due week is 2027-W01 (Monday 2027-01-04, the first Monday of the month; default schedule, team
// zone UTC: nudge Sunday 16:00, deadline Monday 07:00, summary Monday 08:00). The bot starts twice on one storage:
// 1. Wednesday 2026-12-30 10:00: BotCommit is installed, the roster imported, the Managers channel set and shared (the
//    schedule starts with the week after the install week, i.e. with W01).
// 2. Sunday 2027-01-03 20:00: the scheduler sends Alex his weekly card, then the titled monthly card; Alex types his
//    12-month forecast key by key (as a person does; fill() values were not submitted by the Playground before) with an
//    action plan and submits: the receipt replaces the card.
// 3. Still Sunday evening, the admin types "monthly now" (instead of waiting for, or restarting at, Monday's summary
//    time): the monthly review is posted once in the Managers channel (asked again, it is not posted twice), with Alex's
//    figures, his action plan and the 12-month chart (Teams' Chart.VerticalBar.Grouped with a FactSet fallback), checked
//    on the wire (the channel's stored address is a connector recorder) and in the Playground.
// 4. In Chinese: the team's language set to zh-TW, "monthly now 2026-12" posts December's review (not posted before: the
//    schedule started with W01) as a Traditional Chinese card; then Alex, as a zh-TW Teams client (the Playground talks to
//    the bot through client-locale-proxy.mjs), presses "Edit monthly forecast" and sees his card in Traditional Chinese.
//    Screenshots in the Playground.
// Waits poll the recorder or the page; none is a fixed sleep except the short check that nothing is posted twice.
import { test, after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, screenshotElement, waitForText, clickButton, adminSays, ids, artifactsDir } from './playground.mjs';
import { startDevClockStack } from './dev-clock-stack.mjs';
import { startConnectorRecorder } from './connector-recorder.mjs';

const INSTALL = new Date('2026-12-30T10:00:00Z');
const SUNDAY_EVENING = new Date('2027-01-03T20:00:00Z');
const PLAN = 'Close Contoso renewal, two demos at Fabrikam';
// Alex's forecast, January 2027 .. December 2027 (forecast, upside); the 12-month totals are 1,230,000 and 60,000.
const FORECAST = [
  ['120000', '30000'], ['90000', '20000'], ['150000', '10000'], ['100000', ''], ['100000', ''], ['100000', ''],
  ['100000', ''], ['100000', ''], ['100000', ''], ['90000', ''], ['90000', ''], ['90000', ''],
];

let stack;
let recorder;
let session;
let cardSubmitted = false;
const timings = [];
let lastMark = Date.now();
/** Notes how long the step took (printed at the end: where the spec's time goes). */
function mark(step) {
  timings.push(`${step}: ${Date.now() - lastMark} ms`);
  lastMark = Date.now();
}

before(async () => {
  stack = await startDevClockStack({ botPort: 3996, playgroundPort: 56168, azuritePort: 10020, logDir: artifactsDir, admin: ids.admin.aadObjectId, prefix: 'monthly', clientProxyPort: 3997 });
  recorder = await startConnectorRecorder(stack.connector.replace('localhost', '127.0.0.1'));
});
afterEach(async (t) => {
  if (session && t.passed === false) await screenshot(session.page, `monthly-failed-${t.name.slice(0, 12).replace(/\W+/g, '-')}`);
});
after(async () => {
  await session?.context.close();
  await stack?.close();
  await recorder?.close();
});

const admin = (text, channel = ids.team, serviceUrl = stack.connector) => adminSays(text, channel, { serviceUrl, bot: stack.botUrl });
const fastTicks = { Scheduler__TickCron: '*/2 * * * * *', Hangfire__SchedulePollingInterval: '00:00:01' };

test('January 2027: the rep fills and submits the monthly card after the weekly one; the receipt replaces it', async () => {
  await stack.startBot({ start: INSTALL, speed: 1, env: fastTicks });
  await stack.playgroundReady();
  mark('stack and first bot started');
  session = await openPlayground(stack.playgroundUrl, { timeout: 90000 });
  const { page } = session;
  await waitForText(page, 'Welcome to BotCommit', 30000); // Alex's personal chat is stored
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General');
  await waitForText(page, 'Import the roster', 30000);
  await admin('import roster');
  await waitForText(page, 'Roster imported', 20000);
  // The channel's stored address is the recorder's: the review is read on the wire as the bot sent it.
  await admin('set channel', ids.managers, recorder.serviceUrl);
  await admin('share summary', ids.managers, recorder.serviceUrl);

  mark('team set up');
  await stack.stopBot();
  await stack.startBot({ start: SUNDAY_EVENING, speed: 1, env: fastTicks });
  mark('bot restarted on Sunday evening');
  await openConversation(page, 'Personal Chat');
  await waitForText(page, 'Your commit for week 2027-W01', 60000); // the weekly card first
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Monthly forecast · January 2027' }).last();
  await card.waitFor({ timeout: 60000 });
  await waitForText(page, 'Second card: your monthly forecast for January 2027', 10000);
  const cardText = await card.innerText();
  assert.match(cardText, /Your first monthly forecast/, cardText);
  assert.match(cardText, /Jan 2027[\s\S]*Dec 2027/, 'the card covers January to December 2027');

  const forecasts = card.getByPlaceholder('Forecast', { exact: true });
  const upsides = card.getByPlaceholder('optional', { exact: true }); // a word hint: a "0" would look entered
  assert.equal(await forecasts.count(), 12, 'twelve forecast inputs');
  assert.equal(await upsides.count(), 12, 'twelve upside inputs, hinted "optional"');
  mark('weekly and monthly cards arrived');
  for (const [index, [forecast, upside]] of FORECAST.entries()) {
    await typeInto(forecasts.nth(index), forecast);
    if (upside) await typeInto(upsides.nth(index), upside);
  }
  await typeInto(card.getByLabel('Action plan for the month', { exact: false }), PLAN);
  await screenshotElement(page, card, 'monthly-1-card-filled');

  await clickButton(page, 'Submit monthly forecast');
  const receipt = page.locator('.ac-adaptiveCard').filter({ hasText: 'Monthly forecast for January 2027 received' }).last();
  await receipt.waitFor({ timeout: 20000 });
  await screenshotElement(page, receipt, 'monthly-2-receipt');
  const receiptText = await receipt.innerText();
  assert.match(receiptText, /before the deadline/, receiptText);
  assert.match(receiptText, /Forecast 1,230,000 USD · Upside 60,000 USD/, receiptText);
  assert.ok(receiptText.includes(PLAN), `the receipt shows the action plan: ${receiptText}`);
  assert.equal(await page.locator('.ac-adaptiveCard').filter({ hasText: 'Monthly forecast · January 2027' }).count(), 0,
    'the receipt replaced the card in place');
  mark('monthly card filled and submitted');
  cardSubmitted = true;
});

test('"monthly now" posts the monthly review once in the managers\' channel, with its chart', async (t) => {
  if (!cardSubmitted) {
    t.skip('the monthly card was not submitted');
    return;
  }
  const { page } = session;
  const reviews = () => recorder.requests.filter((r) => r.method === 'POST' && r.status < 300 && r.body.includes('Monthly forecast review'));
  await admin('monthly now');
  await until(() => reviews().length > 0, 30000);
  mark('review posted on "monthly now"');
  const repliesBefore = recorder.requests.length;
  await admin('monthly now'); // asked again: the delivery record says it was posted
  await new Promise((resolve) => setTimeout(resolve, 2500)); // its work and a tick (every 2 s): nothing is posted twice
  assert.equal(reviews().length, 1, 'the monthly review is posted once');
  assert.equal(recorder.requests.length, repliesBefore, 'the second "monthly now" posts nothing in the channel');
  mark('asked again (2.5 s without a second post)');
  const [posted] = reviews();
  // A thread of its own: a new conversation in the channel (POST /v3/conversations) whose first activity is the review.
  const wire = JSON.parse(posted.body);
  assert.equal(wire.channelData?.channel?.id, ids.managers, `posted to the Managers channel: ${posted.path}`);
  const review = (wire.activity ?? wire).attachments[0].content;
  const elements = [];
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      elements.push(node);
      Object.values(node).forEach(walk);
    }
  })(review);
  const chart = elements.find((e) => e.type === 'Chart.VerticalBar.Grouped' && /12-month forecast against the targets/.test(e.title ?? ''));
  assert.ok(chart, 'the review carries the 12-month chart');
  const forecastSeries = chart.data.find((series) => series.legend === 'Forecast');
  assert.deepEqual(forecastSeries.values.map((point) => point.y), FORECAST.map(([forecast]) => Number(forecast)), 'the chart\'s forecast bars are Alex\'s months');
  assert.equal(chart.fallback?.type, 'FactSet', 'the chart falls back to a FactSet');
  assert.match(JSON.stringify(chart.fallback), /forecast 120,000 · upside 30,000/, 'the fallback carries the same numbers');
  assert.deepEqual(forecastSeries.values.map((point) => point.x).slice(0, 2), ['Jan', 'Feb'], 'short month labels that fit the chart');
  // Posted whole: the funnel (its chart only when it holds an amount), the TOP lists and the stalled deals are in the same card.
  const texts = elements.filter((e) => typeof e.text === 'string').map((e) => e.text);
  assert.ok(texts.some((x) => /^Funnel: 2027-W01 against /.test(x)), `the funnel's heading: ${texts.join(' | ')}`);
  assert.ok(texts.some((x) => /^TOP \d+: closing/.test(x)), `the TOP lists: ${texts.join(' | ')}`);
  assert.ok(texts.some((x) => /^Stalled deals \(\d+\)$/.test(x)), `the stalled deals: ${texts.join(' | ')}`);

  await openConversation(page, 'Sales Team - Managers');
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Monthly forecast review' });
  await card.first().waitFor({ timeout: 30000 });
  assert.equal(await card.count(), 1, 'one monthly review in the channel');
  await screenshotElement(page, card, 'monthly-3-review');
  const text = await card.innerText();
  assert.match(text, /Alex Wilber/, `Alex is a line of the review: ${text}`);
  assert.match(text, /1,230,000/, `Alex's 12-month forecast is shown: ${text}`);
  assert.ok(text.includes(PLAN), `Alex's action plan is shown: ${text}`);
  // The Playground renders the chart itself (its axis up to Alex's largest month, 150,000; a month per bar group; the
  // legend); its fallback was checked on the wire above.
  assert.match(text, /\b150k\s+Jan\b[\s\S]*\bDec\s+Forecast\s+Target\b/, `the chart is drawn: ${text}`);
  assert.match(text, /No forecast: [^\n]*Chen Wei/, `reps without a forecast are named on one line: ${text}`);
  assert.match(text, /Above funnel \(0–25 %\)[\s\S]*Order \(100 %\)/, `the funnel's phases are shown: ${text}`);
  assert.match(text, /TOP \d+: closing/, `the TOP lists are shown: ${text}`);
  mark('review checked in the Playground');
});

test('in Traditional Chinese: "monthly now 2026-12" posts December\'s review as a zh-TW card', async (t) => {
  if (!cardSubmitted) {
    t.skip('the monthly card was not submitted');
    return;
  }
  const { page } = session;
  await admin('set language zh-TW');
  const reviews = () => recorder.requests.filter((r) => r.method === 'POST' && r.status < 300 && r.body.includes('月度預測跟蹤總結'));
  await admin('monthly now 2026-12');
  await until(() => reviews().length > 0, 30000);
  const wire = JSON.parse(reviews()[0].body);
  const texts = JSON.stringify((wire.activity ?? wire).attachments[0].content);
  assert.match(texts, /月度預測跟蹤總結 — 2026年12月/, 'the review title is in Traditional Chinese');
  assert.match(texts, /12個月預測/, 'the figures are in Traditional Chinese');
  assert.ok(!texts.includes('Chart.VerticalBar.Grouped'), 'December has no forecast and no target: no empty chart is drawn');
  mark('zh-TW review posted');

  await openConversation(page, 'Sales Team - Managers');
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: '月度預測跟蹤總結 — 2026年12月' });
  await card.first().waitFor({ timeout: 30000 });
  await screenshotElement(page, card.first(), 'monthly-4-review-zh-TW');
  const text = await card.first().innerText();
  assert.match(text, /Alex Wilber/, `Alex is a line of the review: ${text}`);
  mark('zh-TW review checked in the Playground');
});

test('in Traditional Chinese: Alex, a Teams client in zh-TW, edits his monthly card and sees it in Chinese', async (t) => {
  if (!cardSubmitted) {
    t.skip('the monthly card was not submitted');
    return;
  }
  const { page } = session;
  // From now on the Playground's activities reach the bot as a zh-TW Teams client sends them (client-locale-proxy.mjs).
  const client = await fetch(`${stack.clientProxyUrl}/_client`, { method: 'POST', body: JSON.stringify({ locale: 'zh-TW', timezone: 'UTC' }) });
  assert.equal(client.status, 204);
  try {
    await openConversation(page, 'Personal Chat');
    await clickButton(page, 'Edit monthly forecast');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '月度預測 · 2027年1月' }).last();
    await card.waitFor({ timeout: 20000 });
    await screenshotElement(page, card, 'monthly-5-card-zh-TW');
    assert.equal(await card.getByPlaceholder('選填', { exact: true }).count(), 12, 'the upside inputs are hinted 選填');
    const values = await card.locator('input, textarea').evaluateAll((inputs) => inputs.map((input) => input.value));
    assert.ok(values.includes(PLAN), `the card keeps Alex's action plan: ${values.join(' | ')}`);
    assert.ok(values.includes('150000'), `the card keeps Alex's months: ${values.join(' | ')}`);
    mark('zh-TW monthly card shown');
  } finally {
    await fetch(`${stack.clientProxyUrl}/_client`, { method: 'DELETE' });
  }
  t.diagnostic(`where the time went: ${timings.join('; ')}`);
});

/** Polls `condition` every 250 ms until it holds or `timeout` ms pass. */
async function until(condition, timeout) {
  for (const deadline = Date.now() + timeout; !condition() && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Types `text` key by key into an empty input (the Playground takes a card input's value from key events). */
async function typeInto(input, text) {
  await input.click();
  await input.pressSequentially(text);
}
