// Issue "Foundation": the welcome card appears when the Playground opens; "help" answers with the help card.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, screenshot, sendMessage, waitForText } from './playground.mjs';

let session;
before(async () => { session = await openPlayground(); });
after(async () => { await session?.context.close(); });

test('the welcome card appears when the personal chat opens', async () => {
  const { page } = session;
  await waitForText(page, 'Welcome to BotCommit', 30000);
  await screenshot(page, 'foundation-welcome');
  assert.ok(await page.getByText('Welcome to BotCommit').first().isVisible());
});

test('typing help shows the help card', async () => {
  const { page } = session;
  await sendMessage(page, 'help');
  await waitForText(page, 'What BotCommit does');
  await screenshot(page, 'foundation-help');
  assert.ok(await page.getByText('What BotCommit does').first().isVisible());
});
