// Prints "PASSED FAILED" for test results: every TRX file under a folder (VSTest), or a node TAP file.
// Usage: node .ci/test-counts.mjs trx DIR | node .ci/test-counts.mjs tap FILE
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const [kind, target] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

if (kind === 'trx' && existsSync(target)) {
  for (const file of files(target)) {
    if (!file.endsWith('.trx')) continue;
    const counters = readFileSync(file, 'utf8').match(/<Counters\b[^>]*>/);
    if (!counters) continue;
    const attr = (name) => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
    passed += attr('passed');
    failed += attr('failed') + attr('error') + attr('timeout') + attr('aborted');
  }
} else if (kind === 'tap' && existsSync(target)) {
  for (const line of readFileSync(target, 'utf8').split('\n')) {
    const m = line.match(/^# (pass|fail) (\d+)\s*$/);
    if (m) {
      if (m[1] === 'pass') passed = Number(m[2]);
      else failed = Number(m[2]);
    }
  }
}
console.log(`${passed} ${failed}`);
