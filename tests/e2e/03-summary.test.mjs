// Issue "Monday summary" (#7): the summary card of a 30-rep team stays under the Teams size advice and renders in the
// managers channel. Runs after 02-checkin (same Playground and bot): the team has five reps and Alex has checked in.
// The admin adds 25 reps, 19 of them check in (20 of 30 submitted, 10 missing), and the admin posts the summary.
// What the bot sends passes through a connector recorder (connector-recorder.mjs), so the size is measured on the
// bytes the bot really sent; the browser shows what the Playground made of them.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPlayground, openConversation, screenshot, screenshotElement, waitForText, adminSays, repExecutes, ids, artifactsDir } from './playground.mjs';
import { startConnectorRecorder, utf16Bytes } from './connector-recorder.mjs';
import { addedReps, playgroundReps, submittingReps, silentReps, dealsOf, mondayOf, commitThisWeek, newDealInputs } from './large-team.mjs';

/** The Teams size advice BotCommit aims for (CardSize.TargetActivityBytes): 40 KB, counted as UTF-16. */
const SIZE_ADVICE_BYTES = 40_000;
const CARD = 'application/vnd.microsoft.card.adaptive';

let session;
let recorder;
let monday;
const consoleErrors = [];

before(async () => {
  // A fixed port: the Managers channel's stored address stays reachable for 04-chinese, which starts its own recorder there.
  recorder = await startConnectorRecorder(ids.connector.replace('localhost', '127.0.0.1'), 56151);
  session = await openPlayground();
  session.page.on('pageerror', (error) => consoleErrors.push(String(error)));
  session.page.on('console', (message) => {
    // The Playground loads fonts and animations from a CDN, unreachable in the loopback-only namespace: not a
    // rendering problem.
    if (message.type() === 'error' && !/^Failed to load (resource|worklet module script: https:)/.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
});
after(async () => {
  await session?.context.close();
  await recorder?.close();
});

test('the admin adds 25 reps and 19 of them check in: 20 of 30 submitted', async () => {
  const start = recorder.requests.length;
  for (const rep of addedReps) {
    await adminSays(`add rep <at>${rep.name}</at>`, ids.team, { mentions: [rep], serviceUrl: recorder.serviceUrl });
  }
  const confirmations = recorder.requests.slice(start).filter((r) => r.status === 201 && texts(r.body).some((text) => text.endsWith(' is a rep')));
  assert.equal(confirmations.length, addedReps.length, 'every "add rep" is confirmed in the channel');

  for (const [i, rep] of submittingReps.entries()) {
    // Any check-in action on an out-of-date card is answered with the rep's current card (this week, this revision),
    // so the rep starts from the card the bot would have nudged them with.
    const current = await repExecutes(rep, 'checkin.edit', { cardVersion: 1, week: '' });
    assert.equal(current.type, CARD, `${rep.name} gets a check-in card`);
    const submit = actionData(current.value, 'checkin.submit');
    monday ??= mondayOf(submit.week);
    const receipt = await repExecutes(rep, 'checkin.submit', { ...submit, ...newDealInputs(dealsOf(i, monday)) });
    assert.equal(receipt.type, CARD, `${rep.name}'s submission is answered with a card`);
    assert.match(receipt.value.body[0].text, /received/, `${rep.name}'s submission is received`);
  }

  // status is for the admin's eyes only: it goes to her personal chat (stored since 02, not through this recorder);
  // the channel gets one line. The missing reps are counted by the summary below.
  const beforeStatus = recorder.requests.length;
  await adminSays('status', ids.team, { serviceUrl: recorder.serviceUrl });
  const inChannel = recorder.requests.slice(beforeStatus).filter((r) => r.method === 'POST' && r.path.includes(encodeURIComponent(ids.team)));
  assert.equal(inChannel.length, 1, 'one line in the channel');
  const line = texts(inChannel[0].body);
  assert.ok(line.some((text) => text.includes('in our personal chat')) && !line.some((text) => text.includes('Missing')), `the channel gets only the line: ${line.join(' | ')}`);
});

test('the 30-rep summary stays under the Teams size advice and renders in the managers channel', async (t) => {
  const { page } = session;
  // The browser has not opened the Managers channel yet, so this message is the first the bot gets from it: the
  // channel's conversation reference (where the summary goes) is created with the recorder's address.
  await adminSays('set channel', ids.managers, { serviceUrl: recorder.serviceUrl });
  assert.ok(texts(recorder.requests.at(-1).body).some((text) => text.includes('Summary channel set')), 'the channel is set');
  // Every Playground channel is readable by the reps: without "share everything" the channel would get the team
  // figures only (the details going to the admin privately). This test renders the full card in the channel.
  await adminSays('share summary', ids.managers, { serviceUrl: recorder.serviceUrl });
  assert.ok(texts(recorder.requests.at(-1).body).some((text) => text.includes('Summary shared with the team')), 'the team shares everything');
  const start = recorder.requests.length;
  await adminSays('post summary', ids.managers, { serviceUrl: recorder.serviceUrl }); // answers once all is posted
  const sent = recorder.requests.slice(start);

  const roots = sent.filter((r) => r.method === 'POST' && r.path === '/_connector/v3/conversations');
  assert.equal(roots.length, 1,
    'the summary passed through the recorder as one new thread (if 0: something created the Managers reference earlier)');
  const root = roots[0];
  assert.equal(root.status, 201, `the Playground accepted the summary: ${root.answer}`);
  const summaryCard = JSON.parse(root.body).activity.attachments[0];
  assert.equal(summaryCard.contentType, CARD);
  // The posted card as the bot sent it, for 05-export: a later Playground session does not show this post again.
  writeFileSync(path.join(artifactsDir, 'posted-summary-card.json'), JSON.stringify(summaryCard));
  const bytes = utf16Bytes(root.body);
  t.diagnostic(`summary root post: ${bytes} bytes as UTF-16 (advice: ${SIZE_ADVICE_BYTES})`);
  assert.ok(bytes <= SIZE_ADVICE_BYTES, `the whole create-conversation request is ${bytes} bytes (UTF-16), over ${SIZE_ADVICE_BYTES}`);

  const threadId = JSON.parse(root.answer).id;
  const replies = sent.filter((r) => r.path === `/_connector/v3/conversations/${encodeURIComponent(threadId)}/activities`);
  const repReplies = replies.filter((r) => texts(r.body).some((text) => / · week \d{4}-W\d{2}$/.test(text)));
  assert.equal(repReplies.length, 30, 'one reply per rep in the thread');
  for (const reply of replies) {
    assert.equal(reply.status, 201);
    assert.ok(utf16Bytes(reply.body) <= SIZE_ADVICE_BYTES, `a thread reply is ${utf16Bytes(reply.body)} bytes`);
  }

  await openConversation(page, 'Sales Team - Managers');
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Weekly commit summary' });
  await card.first().waitFor({ timeout: 60000 });
  assert.equal(await card.count(), 1, 'one summary card in the channel');
  await card.scrollIntoViewIfNeeded(); // opening the channel also re-sent the install: the setup card is the newest post
  await screenshot(page, 'summary-30-posted');

  const missing = card.getByText(`Missing (${silentReps.length}):`);
  assert.ok(await missing.isVisible(), 'the "missing" line is shown');
  const missingLine = await missing.innerText();
  for (const rep of silentReps) assert.ok(missingLine.includes(rep.name), `${rep.name} is listed as missing: ${missingLine}`);

  const everyone = [...playgroundReps, ...addedReps];
  for (const rep of everyone) {
    const cell = card.getByText(new RegExp(`^${escapeRegExp(rep.name)}( \\((late|missing)\\))?$`));
    assert.equal(await cell.count(), 1, `${rep.name} has one row in the rep table`);
    assert.ok(await cell.isVisible(), `${rep.name}'s row is visible`);
  }
  for (const rep of silentReps) assert.ok(await card.getByText(`${rep.name} (missing)`, { exact: true }).isVisible());

  const first = submittingReps[0];
  const firstCommit = commitThisWeek(dealsOf(0, monday), monday);
  assert.deepEqual((await rowOf(card, first.name)).slice(1, 2), [money(firstCommit)], `${first.name}'s row shows the commit this week`);
  const teamCommit = submittingReps.reduce((sum, _, i) => sum + commitThisWeek(dealsOf(i, monday), monday), 0);
  assert.ok(await card.getByText(money(teamCommit), { exact: true }).first().isVisible(), `the team's commit this week (${money(teamCommit)}) is shown`);

  await screenshotElement(page, card, 'summary-30-card');
  assert.deepEqual(consoleErrors, [], 'the Playground reported no script error while rendering');
});

/** Every text, title and value string in a bot activity's JSON (its cards included). */
function texts(body) {
  const found = [];
  JSON.parse(body, (key, value) => {
    if (typeof value === 'string' && ['text', 'title', 'value', 'fallbackText'].includes(key)) found.push(value);
    return value;
  });
  return found;
}

/** The data of the first card action with this verb. */
function actionData(card, verb) {
  let found;
  JSON.stringify(card, (key, value) => {
    if (!found && value && typeof value === 'object' && value.verb === verb && value.data) found = value.data;
    return value;
  });
  assert.ok(found, `the card has a ${verb} action`);
  return found;
}

/** The texts of the rep table row whose first cell starts with `name` (each row is a ColumnSet of text blocks). */
async function rowOf(card, name) {
  return card.evaluate((root, rep) => {
    const cell = [...root.querySelectorAll('.ac-textBlock')].find((e) => e.innerText.trim().startsWith(rep) && e.innerText.trim().length <= rep.length + 10);
    let row = cell;
    while (row && row.querySelectorAll('.ac-textBlock').length < 3) row = row.parentElement;
    return row ? [...row.querySelectorAll('.ac-textBlock')].map((e) => e.innerText.trim()) : [];
  }, name);
}

function money(amount) {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
