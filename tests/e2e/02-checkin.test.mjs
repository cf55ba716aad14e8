// Issue "check-in": an admin-triggered nudge arrives for the current user, who adds and then edits a deal in the card,
// submits, and sees the receipt replace the card; asking for the card again shows what was stored.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, sendMessage, waitForText, clickButton, newest, adminSays, chooseOption, pickDate } from './playground.mjs';

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('adding BotCommit to the team posts the setup card; the roster import makes the user a rep; status goes to the admin privately', async () => {
  const { page } = session;
  await page.locator('[role="treeitem"][aria-label="Sales Team - General"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - General');
  await waitForText(page, 'Import the roster', 30000);
  await screenshot(page, 'checkin-1-setup-card');
  await adminSays('import roster');
  await waitForText(page, 'Roster imported', 20000);
  await screenshot(page, 'checkin-2-roster-imported');
  // status is for the asking admin only: it goes to Bianca's personal chat (not this browser's), the channel gets one line.
  await adminSays('status');
  await waitForText(page, 'in our personal chat', 20000);
  assert.equal(await page.getByText('Missing (5)').count(), 0, 'the status itself is not in the channel');
  await screenshot(page, 'checkin-2b-status-private');
});

test('an admin-triggered nudge arrives; a new deal is added and submitted; the receipt replaces the card', async () => {
  const { page } = session;
  await adminSays('nudge now');
  await openConversation(page, 'Personal Chat');
  await waitForText(page, 'Your commit for week', 30000);
  await clickButton(page, 'Add a new deal');
  await page.getByLabel('Account', { exact: false }).last().fill('Contoso E2E');
  await page.getByLabel('Deal name', { exact: false }).last().fill('Renewal 2027');
  await chooseOption(page, 'Category', 'Upside');
  await page.getByLabel('Amount', { exact: false }).last().fill('125000.50');
  const now = new Date();
  await pickDate(page, 'Expected close date', new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15)));
  await chooseOption(page, 'Stage', '50 %');
  await screenshot(page, 'checkin-3-new-deal-typed');
  await clickButton(page, 'Submit');
  await page.waitForTimeout(2000);
  await screenshot(page, 'checkin-4-after-submit');
  await waitForText(page, 'received', 20000);
  await screenshot(page, 'checkin-4-receipt');
  assert.ok(await newest(page, '125,000.50').isVisible());
});

test('editing the stored deal and submitting again shows the new amount, read back from storage', async () => {
  const { page } = session;
  await clickButton(page, 'Edit');
  await waitForText(page, 'Your commit for week', 20000);
  await page.waitForTimeout(1000);
  await screenshot(page, 'checkin-5-edit-card');
  assert.ok(await newest(page, 'Contoso E2E').isVisible(), 'the card shows the stored deal');
  await clickButton(page, 'Edit'); // the deal's own Edit opens its inputs
  await page.getByLabel('Amount', { exact: false }).last().fill('130000');
  await clickButton(page, 'Submit');
  await waitForText(page, 'Upside · 130,000 USD', 20000);
  await screenshot(page, 'checkin-6-edited-receipt');
});
