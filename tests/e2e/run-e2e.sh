#!/usr/bin/env bash
# End-to-end tests: Azurite, the bot and the Agents Playground in this (loopback-only) network namespace, driven by
# headless Chromium through playwright-core. Started by test.sh as:  unshare -rn bash tests/e2e/run-e2e.sh
# The admin is Bianca (a Playground user who is not in the browser); the browser's user, Alex, is a rep.
# Writes TAP results to artifacts/e2e/results.tap and screenshots to artifacts/e2e/.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=../../.ci/lib.sh
source "$ROOT/.ci/lib.sh"
OUT="$ROOT/artifacts/e2e"
mkdir -p "$OUT"

ip link set lo up || die "could not bring up loopback (run inside 'unshare -rn')"

PIDS=()
trap 'stop_pids "${PIDS[@]}"' EXIT

AZURITE_LOG="$OUT/azurite.log" start_azurite "$ROOT" 10002
PIDS+=("$AZURITE_PID")

BOT_DLL="$ROOT/Bot/BotCommit.Bot/bin/Release/net10.0/BotCommit.Bot.dll"
[ -f "$BOT_DLL" ] || die "build the bot first (test.sh does): $BOT_DLL missing"
ASPNETCORE_ENVIRONMENT=Development \
BotCommit__AllowAnonymous=true \
ConnectionStrings__Tables="UseDevelopmentStorage=true" \
BotCommit__BootstrapAdmins__0="aaaaaaaa-0000-0000-0000-000000000002" \
BotCommit__Downloads__PublicBaseUrl="http://127.0.0.1:3978" \
Logging__LogLevel__Default=Information \
  dotnet "$BOT_DLL" --urls "http://127.0.0.1:3978" --contentRoot "$ROOT/Bot/BotCommit.Bot" >"$OUT/bot.log" 2>&1 &
PIDS+=("$!")
wait_for_url "http://127.0.0.1:3978/healthz" 60 "$!" || die "the bot did not start (see artifacts/e2e/bot.log)"

# The Playground talks to the bot through a proxy that can act as a Teams client in Chinese (04-chinese.test.mjs; the
# Playground itself always says en-US). It only forwards until a test sets a client.
node "$ROOT/tests/e2e/client-locale-proxy.mjs" 3979 "http://127.0.0.1:3978" >"$OUT/client-proxy.log" 2>&1 &
PIDS+=("$!")
PLAYGROUND_LOG="$OUT/playground.log" start_playground "$ROOT" 56150 "http://127.0.0.1:3979/api/messages"
PIDS+=("$PLAYGROUND_PID")

cd "$ROOT/tests/e2e"
# Every spec in order; E2E_SPECS="01 02 06" runs only the specs whose names start so (they build on each other's state).
SPECS=(./*.test.mjs)
if [ -n "${E2E_SPECS:-}" ]; then
  SPECS=()
  for prefix in $E2E_SPECS; do SPECS+=(./"$prefix"*.test.mjs); done
fi
E2E_OUT="$OUT" PLAYGROUND_URL="http://127.0.0.1:56150/" BOT_URL="http://127.0.0.1:3978" CLIENT_PROXY_URL="http://127.0.0.1:3979" \
  node --test --test-concurrency=1 --test-reporter=tap --test-timeout=180000 "${SPECS[@]}" >"$OUT/results.tap" 2>&1
EXIT=$?
exit $EXIT
