// The Teams app package: manifest.json validates against the official v1.30 schema shipped in the npm package
// @microsoft/app-manifest@1.1.2 (installed by test.sh, never committed; v1.30 is the newest release schema it ships —
// the Agents Playground does not read the manifest at all, so it puts no lower bound), and each language file of
// localizationInfo (zh-cn, zh-tw) against the Localization schema of the same version; icons have the right sizes; the
// zip has the files at its root with the configured ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackage } from '../../manifest/zip.mjs';
import { manifestFor, languageFilesFor } from '../../manifest/package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const SCHEMA_VERSION = '1.30';
const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
const localizationSchemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`);
const BOT_ID = '3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e';
const APP_ID = '9d5c2b1a-7e6f-4a3b-8c2d-1e0f9a8b7c6d';

// The Localization schema's patterns contain a lone "]" (e.g. "activityTypes\\[\\b(...)\\b]"), valid only without the
// regex "u" flag, so its patterns are compiled the way JSON Schema draft-04 (ECMA 262 without flags) reads them.
function validator(file = schemaPath) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: file !== localizationSchemaPath });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

function languages(manifest) {
  return new Map(languageFilesFor(manifest).map(([name, data]) => [name, JSON.parse(data.toString('utf8'))]));
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

test('the packaged manifest validates against the official schema and names it', () => {
  const validate = validator();
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  const ok = validate(manifest);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  assert.equal(manifest.manifestVersion, SCHEMA_VERSION);
  assert.ok(manifest.$schema.includes(`/v${SCHEMA_VERSION}/`), manifest.$schema);
});

test('the app supports private and shared channels (managers-only places for the summary), and the schema checks the names', () => {
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  assert.deepEqual([...manifest.supportedChannelTypes].sort(), ['privateChannels', 'sharedChannels']);
  const validate = validator();
  assert.equal(validate({ ...manifest, supportedChannelTypes: ['secretChannels'] }), false, 'an unknown channel type is rejected');
});

test('zh-CN and zh-TW (and zh-HK) language files exist and validate against the Localization schema of the same version', () => {
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  const tags = manifest.localizationInfo.additionalLanguages.map((language) => language.languageTag);
  assert.deepEqual(tags, ['zh-cn', 'zh-tw', 'zh-hk']);
  const validate = validator(localizationSchemaPath);
  for (const [name, strings] of languages(manifest)) {
    assert.ok(validate(strings), `${name}: ${JSON.stringify(validate.errors, null, 2)}`);
    assert.ok(strings.$schema.includes(`/v${SCHEMA_VERSION}/`), `${name} must name the manifest's schema version`);
  }
});

test('the Localization schema check can fail: an unknown key and a too long short name are rejected', () => {
  const validate = validator(localizationSchemaPath);
  const strings = structuredClone(languages(manifestFor({ appId: APP_ID, botId: BOT_ID })).get('zh-cn.json'));
  strings['bots[0].commandLists[0].commands[0].titel'] = 'x';
  assert.equal(validate(strings), false);
  delete strings['bots[0].commandLists[0].commands[0].titel'];
  strings['name.short'] = '很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长';
  assert.equal(validate(strings), false);
});

test('each language file translates exactly the manifest\'s texts: name, descriptions and every command of both lists', () => {
  const manifest = manifestFor({ appId: APP_ID, botId: BOT_ID });
  const expected = ['name.short', 'name.full', 'description.short', 'description.full'];
  manifest.bots[0].commandLists.forEach((list, l) => list.commands.forEach((_, c) => {
    expected.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`);
  }));
  for (const [name, strings] of languages(manifest)) {
    assert.deepEqual(Object.keys(strings).filter((k) => k !== '$schema').sort(), expected.sort(), name);
    for (const key of expected) {
      assert.ok(typeof strings[key] === 'string' && strings[key].trim().length > 0, `${name}: ${key} is empty`);
      if (key.endsWith('.title')) assert.ok(strings[key].length <= 32, `${name}: ${key} is over 32 characters`);
      if (key.endsWith('.description')) assert.ok(strings[key].length <= 128, `${name}: ${key} is over 128 characters`);
      if (key.startsWith('bots') || key.startsWith('description')) assert.match(strings[key], /[\u4e00-\u9fff]/, `${name}: ${key} is not Chinese`);
    }
  }
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

test('the zip holds manifest.json, both icons and the language files at its root, with the configured ids', () => {
  const entries = buildZip('--bot-id', BOT_ID, '--app-id', APP_ID, '--version', '1.2.3');
  assert.deepEqual([...entries.keys()].sort(), ['color.png', 'manifest.json', 'outline.png', 'zh-cn.json', 'zh-tw.json']);
  assert.equal(JSON.parse(entries.get('zh-tw.json').toString('utf8'))['name.full'], 'BotCommit 週度業務承諾');
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
