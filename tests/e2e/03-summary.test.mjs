// Issue "Monday summary": the admin picks the managers' channel and posts the summary; it renders in the channel.
// Runs after 02-checkin (same Playground and bot): Alex's check-in is in the week's figures.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, openConversation, screenshot, waitForText, adminSays, ids } from './playground.mjs';

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('the summary posted by the admin renders in the managers channel', async () => {
  const { page } = session;
  await page.locator('[role="treeitem"][aria-label="Sales Team - Managers"]').first().waitFor({ timeout: 30000 });
  await openConversation(page, 'Sales Team - Managers');
  await adminSays('set channel', ids.managers);
  await waitForText(page, 'Summary channel set', 20000);
  await adminSays('post summary', ids.managers);
  await waitForText(page, 'Attainment', 30000);
  await page.waitForTimeout(1000);
  await screenshot(page, 'summary-1-posted');
  assert.ok(await page.getByText('Alex Wilber').first().isVisible(), 'the rep appears in the summary');
});
