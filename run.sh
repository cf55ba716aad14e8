#!/usr/bin/env bash
# Runs BotCommit locally: Azurite (Table Storage, data in .data/), the bot on http://127.0.0.1:3978 in Development
# with anonymous mode, and the Microsoft 365 Agents Playground (the local Teams stand-in) on port 56150.
# Ctrl-C stops everything it started.
#   ./run.sh            run the bot with its local Teams stand-in and storage
#   ./run.sh package    write the Teams app package (see README.md, "Teams app package")
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=.ci/lib.sh
source "$ROOT/.ci/lib.sh"

if [ "${1:-}" = "package" ]; then
  shift
  require_tools node
  exec node "$ROOT/manifest/package.mjs" "$@"
fi

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
AZURITE_PORT="${AZURITE_PORT:-10002}"

require_tools dotnet node npm
ensure_npm_tools "$ROOT"
mkdir -p "$ROOT/.data/logs"

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  log "stopping..."
  stop_pids "${PIDS[@]}"
}
trap cleanup INT TERM EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/$AZURITE_PORT") 2>/dev/null; then
  die "port $AZURITE_PORT is taken (another Azurite?). Stop it or set AZURITE_PORT."
fi
log "starting Azurite (Table Storage) on 127.0.0.1:$AZURITE_PORT, data in .data/azurite ..."
AZURITE_LOG="$ROOT/.data/logs/azurite.log" start_azurite "$ROOT" "$AZURITE_PORT" "$ROOT/.data/azurite"
PIDS+=("$AZURITE_PID")

log "building the bot..."
dotnet build "$ROOT/Bot/BotCommit.Bot/BotCommit.Bot.csproj" -c Debug -nologo -v quiet >"$ROOT/.data/logs/build.log" 2>&1 \
  || { tail -40 "$ROOT/.data/logs/build.log"; die "build failed"; }

log "starting the bot on http://127.0.0.1:$BOT_PORT/api/messages ..."
ASPNETCORE_ENVIRONMENT=Development \
BotCommit__AllowAnonymous=true \
ConnectionStrings__Tables="$(azurite_connection_string "$AZURITE_PORT")" \
BotCommit__Downloads__PublicBaseUrl="${BotCommit__Downloads__PublicBaseUrl:-http://127.0.0.1:$BOT_PORT}" \
  dotnet "$ROOT/Bot/BotCommit.Bot/bin/Debug/net10.0/BotCommit.Bot.dll" --urls "http://127.0.0.1:$BOT_PORT" \
  --contentRoot "$ROOT/Bot/BotCommit.Bot" > >(tee "$ROOT/.data/logs/bot.log") 2>&1 &
PIDS+=("$!")
wait_for_url "http://127.0.0.1:$BOT_PORT/healthz" 60 || die "the bot did not start (see .data/logs/bot.log)"

log "starting the Agents Playground on port $PLAYGROUND_PORT ..."
PLAYGROUND_LOG="$ROOT/.data/logs/playground.log" start_playground "$ROOT" "$PLAYGROUND_PORT" "http://127.0.0.1:$BOT_PORT/api/messages"
PIDS+=("$PLAYGROUND_PID")

cat <<MSG

  BotCommit is running.
  Open http://127.0.0.1:$PLAYGROUND_PORT/ in a browser to chat with the bot (you are "Alex Wilber", an admin).
  Bot endpoint: http://127.0.0.1:$BOT_PORT/api/messages   Logs: .data/logs/   Press Ctrl-C to stop.

MSG
wait -n "${PIDS[@]}" || true
log "a child process exited; shutting down."
