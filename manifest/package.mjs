// Writes the Teams app package: a zip whose root holds manifest.json, color.png, outline.png and the language files of
// localizationInfo (zh-cn.json, zh-tw.json), with the ids filled in from configuration (no secrets are involved). Usage (also via ./run.sh package):
//   node manifest/package.mjs [--app-id GUID] [--bot-id GUID] [--version 1.2.3] [--out artifacts/botcommit-teams-app.zip]
// Ids default to configuration: environment variables MicrosoftAppId (the Azure Bot's app id) and BotCommit__TeamsAppId
// (the Teams app id; defaults to the bot's app id), else the same keys in Bot/BotCommit.Bot/appsettings.json.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage } from './zip.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) fail(`--${name} needs a value`);
  return value;
}

function setting(key) {
  const fromEnv = process.env[key.replaceAll(':', '__')];
  if (fromEnv) return fromEnv;
  const file = path.join(root, 'Bot', 'BotCommit.Bot', 'appsettings.json');
  if (!existsSync(file)) return undefined;
  let node = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split(':')) node = node?.[part];
  return typeof node === 'string' && node.length > 0 ? node : undefined;
}

/** The language files the manifest's localizationInfo names (zh-cn.json, zh-tw.json), each once: [name, Buffer][]. */
export function languageFilesFor(manifest) {
  const names = [...new Set((manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file))];
  if (manifest.localizationInfo?.defaultLanguageFile) names.unshift(manifest.localizationInfo.defaultLanguageFile);
  return names.map((name) => [name, readFileSync(path.join(here, name))]);
}

export function manifestFor({ appId, botId, version }) {
  const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
  manifest.id = appId;
  manifest.bots[0].botId = botId;
  if (version) manifest.version = version;
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const botId = option('bot-id') ?? setting('MicrosoftAppId');
  const appId = option('app-id') ?? setting('BotCommit:TeamsAppId') ?? botId;
  const version = option('version');
  const out = path.resolve(option('out') ?? path.join(root, 'artifacts', 'botcommit-teams-app.zip'));
  if (!botId || !GUID.test(botId)) fail('MicrosoftAppId must be the Azure Bot\'s app id (a GUID): set it in configuration or pass --bot-id');
  if (!GUID.test(appId)) fail('the Teams app id must be a GUID: set BotCommit:TeamsAppId or pass --app-id');
  if (version && !/^\d+\.\d+\.\d+$/.test(version)) fail('--version must look like 1.2.3');
  const manifest = manifestFor({ appId, botId, version });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, buildPackage([
    ['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8')],
    ['color.png', readFileSync(path.join(here, manifest.icons.color))],
    ['outline.png', readFileSync(path.join(here, manifest.icons.outline))],
    ...languageFilesFor(manifest),
  ]));
  console.log(`wrote ${path.relative(process.cwd(), out)} (Teams app ${appId}, bot ${botId}, version ${manifest.version})`);
}
