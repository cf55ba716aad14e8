// Issue #19 item 2 through the path an admin takes in Teams: Alex (made an admin by Bianca) posts "@BotCommit import crm
// hubspot" in the team's channel with a HubSpot deals export pasted on the lines below (through the Playground's
// conversation API: its composer drops line breaks). The dry run arrives privately in the personal chat and changes nothing; the same post with "confirm" imports
// with a progress card in the personal chat, replaced in place by the outcome and the time taken (issue #19 item 3); a
// third dry run reads the stored deals back ("already up to date"). Needs the roster of 02 (Dana and Chen are reps).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, adminSays, ids, playgroundUrl } from './playground.mjs';

const alex = { id: '29:user-alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const REPORT = [
  '"Record ID","Deal Name","Deal Stage","Close Date","Deal owner","Deal owner email","Amount","Pipeline","Associated Company (Primary)","Deal probability"',
  '"90000000001","Woodgrove onboarding","Contract sent","2027-01-20 17:00","Dana Kim","dana@contoso.test","88000","Sales Pipeline","Woodgrove Bank","0.9"',
  '"90000000002","Alpine season passes","Appointment scheduled","2027-02-10 00:00","Chen Wei","CHEN@contoso.test","27000","Sales Pipeline","Alpine Ski House","0.2"',
  '"90000000003","Proseware pilot","Qualified to buy","2027-02-27 00:00","Pat Jones","pat@contoso.test","12000","Sales Pipeline","Proseware","0.4"',
];

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('import crm: a pasted HubSpot export, dry run first, then confirm; read back from storage', async () => {
  const { page } = session;
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await adminSays(`add admin <at>${alex.name}</at>`, ids.team, { mentions: [alex] });

  const dryRun = await postImport(page, 'import crm hubspot');
  assert.match(dryRun, /CRM import \(hubspot\): dry run, nothing changed yet/);
  assert.match(dryRun, /Deals added\s*2/);
  assert.match(dryRun, /Owner not a rep\s*1/);
  assert.match(dryRun, /Line 4: pat@contoso\.test is not a rep of this team/);
  await screenshot(page, 'crm-1-dry-run');

  // Confirmed, the import answers at once with a progress card in the personal chat (the channel gets one line) and
  // replaces that same card in place when it is done: its final line has the counts and the time taken.
  const done = await postImport(page, 'import crm hubspot confirm');
  assert.match(done, /CRM import \(hubspot\) done/);
  assert.match(done, /Rows processed\s*3 of 3/);
  assert.match(done, /Deals added\s*2/);
  assert.match(done, /Owner not a rep\s*1/);
  assert.match(done, /Done in \d+ (s|min \d+ s)\./, 'the final line says how long it took');
  assert.equal(await page.getByText(/Importing the CRM report \(hubspot\)/).count(), 0,
    'the progress card was replaced in place by the outcome, not followed by a second message');
  await screenshot(page, 'crm-2-imported');

  const again = await postImport(page, 'import crm hubspot');
  assert.match(again, /Deals added\s*0/);
  assert.match(again, /Already up to date\s*2/, 'the stored deals are read back: a re-import changes nothing');
  await screenshot(page, 'crm-3-read-back');
});

/**
 * Posts "@BotCommit <command>" with the report on the lines below in the channel; returns the newest answer card's text in
 * the personal chat. The personal chat stays open while the bot answers: the Playground re-renders a card the bot replaces
 * in place (PUT) only in the conversation on screen. The channel's one line is checked afterwards.
 */
async function postImport(page, command) {
  await openConversation(page, 'Personal Chat');
  const before = await page.getByText(/CRM import \(hubspot\)/).count();
  // The Playground's composer drops line breaks (typed with Shift+Enter or pasted: its text has none), so the post is
  // made through the Playground's own conversation API, as its composer makes it, with the line breaks kept. The bot
  // still gets it from the Playground as a Teams channel message from Alex, and answers in the Playground.
  const response = await fetch(new URL(`_conversation/v1/conversations/${encodeURIComponent(ids.team)}/messages`, playgroundUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'text', text: `<at>BotCommit</at> ${command}\n${REPORT.join('\n')}`, textFormat: 'plain', from: { id: alex.id },
      mentions: [{ mentioned: { id: ids.bot.id, name: ids.bot.name }, text: '<at>BotCommit</at>' }],
    }),
  });
  assert.ok(response.ok, `the Playground answered ${response.status}`);

  const titles = page.getByText(/CRM import \(hubspot\)/);
  for (let i = 0; i < 60 && await titles.count() <= before; i++) await page.waitForTimeout(500);
  if (await titles.count() <= before) {
    await screenshot(page, 'crm-failed-personal-chat');
    assert.fail(`no answer to "${command}" in the personal chat: ${(await page.locator('body').innerText()).slice(-1500)}`);
  }
  const card = titles.last().locator('xpath=ancestor::*[contains(@class, "ac-adaptiveCard")][1]');
  const text = (await card.count()) > 0 ? await card.first().innerText() : await page.locator('body').innerText();

  await openConversation(page, 'Sales Team - General');
  await page.getByText('in our personal chat').last().waitFor({ timeout: 30000 });
  await openConversation(page, 'Personal Chat');
  return text;
}
