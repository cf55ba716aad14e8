// Issue "Private by default" (#15): `export` typed in a channel puts nothing but one line there, and the admin's
// personal chat gets the export. Runs after 02/03 (same Playground and bot): the browser's user, Alex, is made an
// admin by Bianca, then types "@BotCommit export" in the General channel himself.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, waitForText, adminSays, ids } from './playground.mjs';

const alex = { id: '29:user-alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const EXPORT_TEXT = /Submissions for|No submissions are stored/;

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('export typed in a channel leaves one line there; the export arrives in the personal chat', async () => {
  const { page } = session;
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await adminSays(`add admin <at>${alex.name}</at>`, ids.team, { mentions: [alex] });

  await openConversation(page, 'Sales Team - General');
  await hideLogPanel(page); // the Playground's log panel shows every activity of every conversation: not what Teams shows
  await page.waitForTimeout(1500);
  const channelBefore = await visible(page, EXPORT_TEXT);
  await postWithMention(page, 'export');
  await waitForText(page, 'in our personal chat', 30000);
  await page.waitForTimeout(1500); // anything else the bot might (wrongly) post would show by now
  await hideLogPanel(page);
  await screenshot(page, 'privacy-1-channel-one-line');
  assert.equal(await visible(page, EXPORT_TEXT), channelBefore, 'no export text in the channel');
  assert.equal(await visible(page, 'rep_id'), 0, 'no CSV in the channel');
  assert.equal(await visible(page, 'I sent you the answer in our personal chat'), 1, 'exactly the one line');

  await openConversation(page, 'Personal Chat');
  await page.getByText(EXPORT_TEXT).filter({ visible: true }).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000);
  await hideLogPanel(page);
  await screenshot(page, 'privacy-2-personal-chat-export');
  assert.ok(await visible(page, EXPORT_TEXT) >= 1, 'the export is in the personal chat');
  assert.ok(await visible(page, 'rep_id') >= 1, 'with the CSV');
});

/** How many visible elements show this text. */
async function visible(page, text) {
  return page.getByText(text).filter({ visible: true }).count();
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

/** Starts a new post in the open channel: "@BotCommit <text>", the mention picked from the @ list, sent with Post. */
async function postWithMention(page, text) {
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
