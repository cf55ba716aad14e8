#!/usr/bin/env bash
# Runs every BotCommit test: restore, build (warnings are errors), unit/contract/host tests against a real Azurite,
# then the end-to-end browser tests against the Agents Playground in a loopback-only network namespace.
# Prints "N passed, N failed" alone on its last line; exits non-zero on any failure.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=.ci/lib.sh
source "$ROOT/.ci/lib.sh"
cd "$ROOT"

ARTIFACTS="$ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
rm -rf "$RESULTS" "$ARTIFACTS/e2e"
mkdir -p "$RESULTS" "$ARTIFACTS/e2e" "$ARTIFACTS/logs"

PASSED=0
FAILED=0
finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ] && exit 0
  exit 1
}
fail_setup() { log "$*"; FAILED=$((FAILED + 1)); finish; }

require_tools dotnet node npm unshare ip
ensure_npm_tools "$ROOT"
ensure_chromium
ensure_openpyxl

log "restoring and building (Release, warnings as errors)..."
dotnet build BotCommit.sln -c Release -nologo -v quiet -clp:ErrorsOnly >"$ARTIFACTS/logs/build.log" 2>&1 \
  || { tail -60 "$ARTIFACTS/logs/build.log"; fail_setup "build failed"; }

AZURITE_PORT="$(free_port)"
AZURITE_LOG="$ARTIFACTS/logs/azurite.log" start_azurite "$ROOT" "$AZURITE_PORT"
PG_BIN="$(ensure_postgres)"
PG_DIR="$(mktemp -d /tmp/botcommit-pg.XXXXXX)"
PG_PORT="$(free_port)"
start_postgres "$PG_BIN" "$PG_DIR" "$PG_PORT"
trap 'stop_pids "${AZURITE_PID:-}"; stop_postgres "$PG_BIN" "$PG_DIR"; rm -rf "$PG_DIR"' EXIT
export BOTCOMMIT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;"
export AZURITE_TABLE_ENDPOINT="http://127.0.0.1:$AZURITE_PORT/devstoreaccount1"
export BOTCOMMIT_TEST_TABLES="$(azurite_connection_string "$AZURITE_PORT")"

log "running .NET tests (Azurite on port $AZURITE_PORT, PostgreSQL on port $PG_PORT)..."
dotnet test BotCommit.sln -c Release --no-build -nologo -v quiet \
  --logger "trx" --results-directory "$RESULTS" >"$ARTIFACTS/logs/dotnet-test.log" 2>&1
DOTNET_EXIT=$?
grep -E "^\s*(Failed|Passed!|Failed!|error)" "$ARTIFACTS/logs/dotnet-test.log" | grep -v "^\s*Passed " | head -60 >&2 || true

read -r TRX_PASSED TRX_FAILED < <(node "$ROOT/.ci/test-counts.mjs" trx "$RESULTS")
PASSED=$((PASSED + TRX_PASSED))
FAILED=$((FAILED + TRX_FAILED))
if [ "$DOTNET_EXIT" -ne 0 ] && [ "$TRX_FAILED" -eq 0 ]; then
  log "dotnet test exited $DOTNET_EXIT without a failed test (crash or no results); see artifacts/logs/dotnet-test.log"
  tail -30 "$ARTIFACTS/logs/dotnet-test.log" >&2
  FAILED=$((FAILED + 1))
fi
stop_pids "$AZURITE_PID"; AZURITE_PID=""

log "running Node tests (Teams app package and manifest schema)..."
node --test --test-reporter=tap "$ROOT"/tests/manifest/*.test.mjs >"$RESULTS/node.tap" 2>&1
NODE_EXIT=$?
read -r NODE_PASSED NODE_FAILED < <(node "$ROOT/.ci/test-counts.mjs" tap "$RESULTS/node.tap")
grep -E "^not ok" "$RESULTS/node.tap" >&2 || true
PASSED=$((PASSED + NODE_PASSED))
FAILED=$((FAILED + NODE_FAILED))
if [ "$NODE_EXIT" -ne 0 ] && [ "$NODE_FAILED" -eq 0 ]; then
  log "Node tests failed before reporting; see artifacts/test-results/node.tap"
  FAILED=$((FAILED + 1))
fi

log "running end-to-end tests in the Agents Playground (headless Chromium, loopback-only namespace)..."
unshare -rn bash "$ROOT/tests/e2e/run-e2e.sh" >"$ARTIFACTS/logs/e2e.log" 2>&1
E2E_EXIT=$?
read -r E2E_PASSED E2E_FAILED < <(node "$ROOT/.ci/test-counts.mjs" tap "$ARTIFACTS/e2e/results.tap")
grep -E "^(not ok|# )" "$ARTIFACTS/e2e/results.tap" >&2 2>/dev/null || true
PASSED=$((PASSED + E2E_PASSED))
FAILED=$((FAILED + E2E_FAILED))
if [ "$E2E_EXIT" -ne 0 ] && [ "$E2E_FAILED" -eq 0 ]; then
  log "end-to-end run failed before its tests reported; see artifacts/logs/e2e.log"
  tail -40 "$ARTIFACTS/logs/e2e.log" >&2
  FAILED=$((FAILED + 1))
fi

log "test results: artifacts/test-results (TRX), screenshots: artifacts/e2e/"
finish
