// Waits until a URL answers (any HTTP status), or until it answers with a body containing an expected text.
// Usage: node .ci/wait-http.mjs URL SECONDS [EXPECTED_TEXT] [PID]   (exit 0 when ready, 1 on timeout or if PID died)
const [url, seconds = '30', expected = '', pid = ''] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;

function alive(p) {
  if (!p) return true;
  try { process.kill(Number(p), 0); return true; } catch { return false; }
}

while (Date.now() < deadline) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body = await response.text();
    if (!expected || body.includes(expected)) process.exit(0);
  } catch {
    // not up yet
  }
  if (!alive(pid)) {
    console.error(`process ${pid} exited while waiting for ${url}`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
console.error(`timed out after ${seconds}s waiting for ${url}`);
process.exit(1);
