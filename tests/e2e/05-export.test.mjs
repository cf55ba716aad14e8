// Issue #19 item 1: the admin asks for an export, gets in the personal chat single-use download links, opens the
// workbook link in the browser and the .xlsx is read back by Debian's python3-openpyxl (a reader nobody here wrote).
// Its cells must equal the stored submissions (the deals the 19 reps of 03-summary submitted, as the test entered them)
// and the posted summary's figures (the team's commit this week as the Managers card shows it). Runs after 03 and
// 04-privacy (same Playground and bot): Alex is an admin there.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPlayground, openConversation, screenshot, postWithMention, artifactsDir } from './playground.mjs';
import { submittingReps, dealsOf, mondayOf, commitThisWeek } from './large-team.mjs';

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('export: the admin downloads the workbook once; openpyxl reads the stored submissions and the posted figures', async () => {
  const { page } = session;
  // Asked in the channel (the Playground cannot look its user up as a team member from the personal chat); the answer
  // goes to the personal chat.
  // By its text: the Playground's accessible role for an Action.OpenUrl differs between its releases (button or link).
  const workbookButtons = () => page.getByText('Excel workbook (.xlsx)', { exact: true }).filter({ visible: true });
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General');
  await postWithMention(page, 'export');
  await page.waitForTimeout(3000);
  await openConversation(page, 'Personal Chat');
  // The links card comes last (after the CSV and JSON text); the Playground keeps only the newest messages in the page.
  try {
    await workbookButtons().last().waitFor({ timeout: 30000 });
  } catch (error) {
    const all = workbookButtons();
    const shown = [];
    for (let i = 0; i < await all.count(); i++) shown.push(await all.nth(i).isVisible());
    await screenshot(page, 'export-1-links-missing');
    throw new Error(`${error.message}\nworkbook buttons in the page (visible?): ${JSON.stringify(shown)}`);
  }
  await page.waitForTimeout(1000);
  await screenshot(page, 'export-1-links');

  // Action.OpenUrl opens the link in a new tab; the bot answers with the file as an attachment: a download.
  const download = new Promise((resolve) => {
    page.on('download', resolve);
    page.context().on('page', (tab) => tab.on('download', resolve));
  });
  await workbookButtons().last().click();
  const file = await Promise.race([download, new Promise((_, reject) => setTimeout(() => reject(new Error('no download within 30 s')), 30000))]);
  const saved = path.join(artifactsDir, 'export.xlsx');
  await file.saveAs(saved);
  assert.match(file.suggestedFilename(), /^botcommit-\d{4}-W\d{2}\.xlsx$/);

  // Single use: the same link again is refused with a friendly line.
  const again = await fetch(file.url());
  assert.equal(again.status, 410, 'a used link is gone');
  assert.match(await again.text(), /already used/);

  const book = JSON.parse(execFileSync(process.env.DEBIAN_PYTHON ?? '/usr/bin/python3', [path.resolve('read-xlsx.py'), saved], { encoding: 'utf8' }));
  writeFileSync(path.join(artifactsDir, 'export.json'), JSON.stringify(book, null, 1));
  assert.deepEqual(book.sheets, ['Submissions', 'Revisions', 'Summary', 'Settings']);
  for (const name of book.sheets) {
    assert.equal(book[name].freeze, 'A2', `${name}: the header row is frozen`);
    assert.ok(Object.values(book[name].widths).every((w) => w >= 8), `${name}: readable widths`);
  }

  // Submissions: each submitting rep's rows of this week are exactly the deals entered in 03-summary.
  const sheet = book.Submissions;
  const header = sheet.rows[0];
  const col = (name) => header.indexOf(name);
  const week = sheet.rows.slice(1).map((r) => r[col('week')]).sort().at(-1);
  const monday = mondayOf(week);
  for (const [i, rep] of submittingReps.entries()) {
    const rows = sheet.rows.slice(1).filter((r) => r[col('week')] === week && r[col('rep_id')] === rep.aadObjectId);
    const stored = rows.map((r) => [r[col('account')], r[col('deal_name')], r[col('category')], r[col('amount')], r[col('close_date')].slice(0, 10), r[col('stage')], r[col('status')]]).sort();
    const entered = dealsOf(i, monday).map((d) => [d.account, d.name, d.category, d.amount, d.close.toISOString().slice(0, 10), d.stage / 100, 'submitted']).sort();
    assert.deepEqual(stored, entered, `${rep.name}'s stored deals`);
  }
  const firstRow = sheet.rows.findIndex((r) => r[col('rep_id')] === submittingReps[0].aadObjectId);
  assert.equal(sheet.formats[firstRow][col('amount')], '#,##0.00', 'amounts are number cells');
  assert.equal(sheet.formats[firstRow][col('close_date')], 'yyyy-mm-dd', 'close dates are date cells');
  assert.equal(sheet.formats[firstRow][col('stage')], '0.00%', 'stages are percentage cells');
  assert.equal(typeof sheet.rows[firstRow][col('amount')], 'number');

  // Summary: the team's commit this week equals the entered deals and what the posted summary card shows.
  const summary = book.Summary;
  const team = summary.rows.find((r) => r[0] === 'team');
  const commit = team[summary.rows[0].indexOf('this_week_commit')];
  const expected = submittingReps.reduce((sum, _, i) => sum + commitThisWeek(dealsOf(i, monday), monday), 0);
  assert.equal(commit, expected, 'team commit this week');
  const compliance = team[summary.rows[0].indexOf('compliance')];
  assert.ok(compliance > 0 && compliance <= 1, `compliance is a fraction (${compliance})`);
  assert.equal(summary.formats[summary.rows.indexOf(team)][summary.rows[0].indexOf('compliance')], '0.00%');

  // The summary as 03-summary posted it in the Managers channel (the exact card the bot sent, kept by that spec: a new
  // Playground session does not show earlier posts, and the Chinese walks have since updated the card in place).
  const posted = JSON.parse(readFileSync(path.join(artifactsDir, 'posted-summary-card.json'), 'utf8'));
  const postedTexts = [];
  JSON.stringify(posted, (key, value) => { if (['text', 'title', 'value'].includes(key) && typeof value === 'string') postedTexts.push(value); return value; });
  const shown = commit.toLocaleString('en-US', { maximumFractionDigits: 2 });
  assert.ok(postedTexts.includes(shown), `the posted summary shows the workbook's team commit ${shown}`);
});
