// Helpers to drive the Microsoft 365 Agents Playground UI (0.2.28) in headless Debian Chromium.
// Selectors and quirks are documented in ../../README.md ("End-to-end tests") and /shared docs playground.md.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const playgroundUrl = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150/';
export const artifactsDir = process.env.E2E_OUT ?? path.resolve('../../artifacts/e2e');

export async function openPlayground() {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'botcommit-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(playgroundUrl);
  return { context, page };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Types a message into the composer of the open conversation and sends it with Enter. */
export async function sendMessage(page, text) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  await box.click();
  await box.pressSequentially(text);
  await page.keyboard.press('Enter');
}

/** Waits until some element shows the text (cards render as DOM text). */
export async function waitForText(page, text, timeout = 20000) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout });
}
