#!/usr/bin/env bash
# End-to-end tests: Azurite, the bot and the Agents Playground in this (loopback-only) network namespace, driven by
# headless Chromium through playwright-core. Started by test.sh as:  unshare -rn bash tests/e2e/run-e2e.sh
# The admin is Bianca (a Playground user who is not in the browser); the browser's user, Alex, is a rep.
# Writes TAP results to artifacts/e2e/results.tap and screenshots to artifacts/e2e/. E2E_SPECS (e.g. ./06-region-call.test.mjs)
# runs only those spec files.
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

# The specs walk one review week from the nudge to the summary, so the bot's clock must stand between the default
# schedule's Sunday 16:00 nudge and its Monday 07:00 deadline (UTC team, reps in UTC, Shanghai or Taipei): on the real
# clock a run on a Tuesday finds the week's deadline passed and every check-in recorded as a late revision. The
# Development clock starts at the latest Sunday 22:00 UTC (at most a week back) and runs at real speed.
E2E_BOT_CLOCK="${E2E_BOT_CLOCK:-$(node -e '
  const now = new Date();
  const sunday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - now.getUTCDay(), 22));
  if (sunday > now) sunday.setUTCDate(sunday.getUTCDate() - 7);
  process.stdout.write(sunday.toISOString());')}"
echo "[e2e] the bot's clock starts at $E2E_BOT_CLOCK (Development clock, real speed)"

BOT_DLL="$ROOT/Bot/BotCommit.Bot/bin/Release/net10.0/BotCommit.Bot.dll"
[ -f "$BOT_DLL" ] || die "build the bot first (test.sh does): $BOT_DLL missing"
ASPNETCORE_ENVIRONMENT=Development \
BotCommit__AllowAnonymous=true \
BotCommit__DevelopmentClock__Start="$E2E_BOT_CLOCK" \
ConnectionStrings__Tables="UseDevelopmentStorage=true" \
BotCommit__BootstrapAdmins__0="aaaaaaaa-0000-0000-0000-000000000002" \
BotCommit__Downloads__PublicBaseUrl="http://127.0.0.1:3978" \
BotCommit__Progress__MinimumShown="00:00:02" \
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
# Every spec in order; E2E_SPECS="01 02 06" runs only the specs whose names start so (they build on each other's
# state), or names spec files (./06-region-call.test.mjs).
SPECS=(./*.test.mjs)
if [ -n "${E2E_SPECS:-}" ]; then
  SPECS=()
  for spec in $E2E_SPECS; do
    case "$spec" in
      *.test.mjs) SPECS+=("$spec") ;;
      *) SPECS+=(./"$spec"*.test.mjs) ;;
    esac
  done
fi
E2E_OUT="$OUT" E2E_BOT_CLOCK="$E2E_BOT_CLOCK" PLAYGROUND_URL="http://127.0.0.1:56150/" BOT_URL="http://127.0.0.1:3978" CLIENT_PROXY_URL="http://127.0.0.1:3979" \
  node --test --test-concurrency=1 --test-reporter=tap --test-timeout=180000 "${SPECS[@]}" >"$OUT/results.tap" 2>&1
EXIT=$?
exit $EXIT
