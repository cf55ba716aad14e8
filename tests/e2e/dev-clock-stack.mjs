// A second, private stack for the spec that walks a week on the Development clock (06-record.test.mjs): its own
// Azurite (in memory), its own Agents Playground and a bot started with BotCommit__DevelopmentClock__Start/__Speed,
// which the spec restarts with a later Start to reach the next week. The stack of run-e2e.sh (ports 10002/3978/56150)
// keeps the real clock for the other specs; this one uses other ports in the same loopback-only namespace.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { chmodSync, mkdirSync, openSync, writeFileSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const botDll = path.join(root, 'Bot/BotCommit.Bot/bin/Release/net10.0/BotCommit.Bot.dll');

// The well-known Azurite development account key (public, documented for local emulators; not a secret), as in .ci/lib.sh.
const azuriteKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Starts Azurite and the Playground on the given ports (the bot comes and goes with `startBot`). `logDir` gets
 * <prefix>-azurite.log, <prefix>-playground.log and one <prefix>-bot-N.log per bot start (prefix "record" unless given).
 */
export async function startDevClockStack({ botPort, playgroundPort, azuritePort, logDir, admin, prefix = 'record', clientProxyPort = null }) {
  const children = [];
  const log = (name) => openSync(path.join(logDir, `${prefix}-${name}.log`), 'w');
  const track = (child) => { children.push(child); return child; };

  const azuriteLog = log('azurite');
  track(spawn(path.join(root, 'node_modules/.bin/azurite-table'),
    ['--tableHost', '127.0.0.1', '--tablePort', String(azuritePort), '--inMemoryPersistence', '--silent', '--disableTelemetry', '--skipApiVersionCheck'],
    { stdio: ['ignore', azuriteLog, azuriteLog] }));
  try {
    await waitForTcp(azuritePort, 30000);
  } catch (error) {
    for (const child of children) child.kill('SIGKILL');
    throw error;
  }

  const botUrl = `http://127.0.0.1:${botPort}`;
  let bot = null;
  let starts = 0;

  /** `env`: more settings for this start (e.g. a faster scheduler tick). */
  async function startBot({ start, speed, env = {} }) {
    if (bot) throw new Error('stop the bot first');
    starts += 1;
    const out = log(`bot-${starts}`);
    const launchedAt = Date.now();
    const child = spawn('dotnet', [botDll, '--urls', botUrl, '--contentRoot', path.join(root, 'Bot/BotCommit.Bot')], {
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: 'Development',
        BotCommit__AllowAnonymous: 'true',
        ConnectionStrings__Tables: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${azuriteKey};TableEndpoint=http://127.0.0.1:${azuritePort}/devstoreaccount1;`,
        BotCommit__BootstrapAdmins__0: admin,
        BotCommit__Downloads__PublicBaseUrl: botUrl,
        BotCommit__DevelopmentClock__Start: start.toISOString(),
        BotCommit__DevelopmentClock__Speed: String(speed),
        Logging__LogLevel__Default: 'Information',
        ...env,
      },
    });
    const exited = new Promise((resolve) => child.once('exit', resolve)).finally(() => closeSync(out));
    bot = { child, exited, launchedAt };
    await waitForPort(`${botUrl}/healthz`, 90000, exited);
    return { launchedAt, readyAt: Date.now() };
  }

  async function stopBot() {
    if (!bot) return;
    const { child, exited } = bot;
    bot = null;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(killer);
  }

  // The Playground needs a no-op xdg-open first on PATH (it exits right after "Listening on" without one).
  const bin = path.join(root, `.e2e/${prefix}-bin`);
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
  // Optionally the Playground talks to the bot through client-locale-proxy.mjs (a Teams client in another language, set
  // by the spec with POST /_client); it only forwards until then.
  let endpoint = `${botUrl}/api/messages`;
  if (clientProxyPort) {
    const proxyLog = log('client-proxy');
    track(spawn('node', [path.join(root, 'tests/e2e/client-locale-proxy.mjs'), String(clientProxyPort), botUrl], { stdio: ['ignore', proxyLog, proxyLog] }));
    await waitForTcp(clientProxyPort, 10000);
    endpoint = `http://127.0.0.1:${clientProxyPort}/api/messages`;
  }
  const playgroundLog = log('playground');
  track(spawn('node', [path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'), '-p', String(playgroundPort),
    '-e', endpoint, '-c', 'msteams', '--disable-telemetry'], {
    cwd: path.join(root, 'Bot/BotCommit.Bot/Playground'), // its identities (.m365agentsplayground.yml)
    stdio: ['ignore', playgroundLog, playgroundLog],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  }));

  return {
    botUrl,
    playgroundUrl: `http://127.0.0.1:${playgroundPort}/`,
    connector: `http://localhost:${playgroundPort}/_connector`,
    clientProxyUrl: clientProxyPort ? `http://127.0.0.1:${clientProxyPort}` : null,
    startBot,
    stopBot,
    /** Waits until the Playground answers (start the bot first: the Playground's UI waits on it). */
    playgroundReady: () => waitForPort(`http://127.0.0.1:${playgroundPort}/_debug/ping`, 30000),
    async close() {
      await stopBot();
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map((child) => child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null));
      for (const fd of [azuriteLog, playgroundLog]) closeSync(fd);
    },
  };
}

/** Waits until 127.0.0.1:`port` accepts TCP connections (Azurite does not answer a bare GET). */
async function waitForTcp(port, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`nothing listens on port ${port} after ${timeout / 1000} s`);
}

/** Waits until `url` answers with any HTTP status; fails after `timeout` ms or when `exited` settles first. */
async function waitForPort(url, timeout, exited) {
  let gone = false;
  exited?.then(() => { gone = true; });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the process serving ${url} exited while starting (see artifacts/e2e/record-*.log)`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeout / 1000} s`);
}
