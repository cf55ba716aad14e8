// The Teams app package: manifest.json validates against the official v1.22 schema shipped in the npm package
// @microsoft/app-manifest@1.1.2 (installed by test.sh, never committed); icons have the right sizes; the zip has the
// files at its root with the configured ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackage } from '../../manifest/zip.mjs';
import { manifestFor } from '../../manifest/package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schemaPath = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
const BOT_ID = '3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e';
const APP_ID = '9d5c2b1a-7e6f-4a3b-8c2d-1e0f9a8b7c6d';

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

function pngSize(buffer) {
  assert.deepEqual([...buffer.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  assert.equal(buffer.toString('ascii', 12, 16), 'IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType: buffer[25] };
}

function buildZip(...args) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'botcommit-pkg-')), 'app.zip');
  execFileSync(process.execPath, [path.join(root, 'manifest/package.mjs'), ...args, '--out', out], { stdio: 'pipe' });
  return readPackage(readFileSync(out));
}

test('the packaged manifest validates against the official v1.22 schema', () => {
  const validate = validator();
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  const ok = validate(manifest);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('the schema check can fail: an unknown top-level key and a bad scope are rejected', () => {
  const validate = validator();
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  manifest.unexpected = true;
  manifest.bots[0].scopes = ['groupchat'];
  assert.equal(validate(manifest), false);
});

test('command lists stay within the portable limits (<=10 per list, title <=32, description <=128)', () => {
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  for (const list of manifest.bots[0].commandLists) {
    assert.ok(list.commands.length <= 10, `${list.scopes} has ${list.commands.length} commands`);
    for (const command of list.commands) {
      assert.ok(command.title.length <= 32, command.title);
      assert.ok(command.description.length <= 128, command.description);
    }
  }
});

test('icons: color is 192x192, outline is 32x32 with transparency and only white pixels', () => {
  const color = pngSize(readFileSync(path.join(root, 'manifest/color.png')));
  assert.deepEqual([color.width, color.height], [192, 192]);
  const outline = pngSize(readFileSync(path.join(root, 'manifest/outline.png')));
  assert.deepEqual([outline.width, outline.height], [32, 32]);
  assert.equal(outline.colorType, 6, 'outline has an alpha channel');
});

test('the zip holds manifest.json and both icons at its root, with the configured ids', () => {
  const entries = buildZip('--bot-id', BOT_ID, '--app-id', APP_ID, '--version', '1.2.3');
  assert.deepEqual([...entries.keys()].sort(), ['color.png', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));
  assert.equal(manifest.id, APP_ID);
  assert.equal(manifest.bots[0].botId, BOT_ID);
  assert.equal(manifest.version, '1.2.3');
  assert.deepEqual(pngSize(entries.get('color.png')).width, 192);
  assert.ok(validator()(manifest));
});

test('the Teams app id defaults to the bot id taken from configuration (MicrosoftAppId)', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'botcommit-pkg-')), 'app.zip');
  execFileSync(process.execPath, [path.join(root, 'manifest/package.mjs'), '--out', out],
    { stdio: 'pipe', env: { ...process.env, MicrosoftAppId: BOT_ID } });
  const manifest = JSON.parse(readPackage(readFileSync(out)).get('manifest.json').toString('utf8'));
  assert.equal(manifest.id, BOT_ID);
  assert.equal(manifest.bots[0].botId, BOT_ID);
});

test('packaging without a bot id fails with a clear message and exit code 2', () => {
  let failure;
  try {
    execFileSync(process.execPath, [path.join(root, 'manifest/package.mjs')], { stdio: 'pipe', env: { PATH: process.env.PATH } });
  } catch (error) {
    failure = error;
  }
  assert.ok(failure, 'packaging must fail');
  assert.equal(failure.status, 2);
  assert.match(failure.stderr.toString(), /MicrosoftAppId/);
});
