# Shared shell helpers for ./run.sh, ./test.sh and tests/e2e/run-e2e.sh. Source it; do not run it.
# Everything installs into the repository (node_modules, .e2e, .data), never globally.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

log() { printf '[botcommit] %s\n' "$*" >&2; }

die() { log "error: $*"; exit 2; }

require_tools() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] || die "missing prerequisites: ${missing[*]} (see README.md, Prerequisites)"
}

# Installs the npm tools exactly as package-lock.json records them (npm ci) when any is missing or the lock changed.
# The lock carries versions and integrity hashes but no registry addresses (.npmrc: omit-lockfile-registry-resolved).
ensure_npm_tools() {
  local root="$1" stamp="$1/node_modules/.botcommit-installed"
  if [ -x "$root/node_modules/.bin/azurite-table" ] && [ -f "$root/node_modules/@microsoft/m365agentsplayground/cli.js" ] \
     && [ -d "$root/node_modules/playwright-core" ] && [ -d "$root/node_modules/@microsoft/app-manifest" ] \
     && [ -f "$stamp" ] && [ "$stamp" -nt "$root/package-lock.json" ] && [ "$stamp" -nt "$root/package.json" ]; then
    return 0
  fi
  [ -f "$root/package-lock.json" ] || die "package-lock.json is missing (it is committed; restore it with git)"
  log "installing npm tools from package-lock.json into node_modules (Azurite, Agents Playground, Playwright core, manifest schemas)..."
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) \
    || (cd "$root" && npm ci --no-audit --no-fund) \
    || die "npm ci failed (package.json and package-lock.json out of step? run 'npm install' and commit the lock)"
  touch "$stamp"
}

# Installs Debian's Chromium for the browser tests when it is missing (needs root, as in CI).
ensure_chromium() {
  # A CJK font too: without one Chromium draws Chinese cards as empty boxes in the screenshots (issue #16).
  [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/truetype/wqy ] && return 0
  log "installing Debian's chromium and a CJK font (browser tests)..."
  if [ "$(id -u)" -ne 0 ]; then die "chromium or fonts-wqy-zenhei is missing and this is not root: run 'sudo apt-get install -y chromium fonts-wqy-zenhei'"; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null || die "apt-get install chromium fonts-wqy-zenhei failed"
}

# Installs Debian's python3-openpyxl when it is missing: the export test reads the bot's workbook with a reader nobody
# here wrote (issue #19). Needs root, as in CI.
ensure_openpyxl() {
  # Debian's own python3 (a pyenv or venv python3 earlier on PATH does not see Debian's packages); the test calls it too.
  /usr/bin/python3 -c 'import openpyxl' 2>/dev/null && return 0
  log "installing Debian's python3-openpyxl (the export test's workbook reader)..."
  if [ "$(id -u)" -ne 0 ]; then die "python3-openpyxl is missing and this is not root: run 'sudo apt-get install -y python3-openpyxl'"; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl >/dev/null || die "apt-get install python3-openpyxl failed"
}

# Prints a free TCP port on 127.0.0.1.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# wait_for_url URL SECONDS [PID]: waits until URL answers (any HTTP status), or fails.
wait_for_url() {
  node "$(dirname "${BASH_SOURCE[0]}")/wait-http.mjs" "$1" "$2" "" "${3:-}"
}

# wait_for_port PORT SECONDS: waits until 127.0.0.1:PORT accepts TCP connections.
wait_for_port() {
  local port="$1" deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.3
  done
  log "timed out waiting for port $port"; return 1
}

# start_azurite ROOT PORT [LOCATION]: starts the Table service in the background; sets AZURITE_PID.
# Without LOCATION it keeps data in memory (tests); with it, data survives restarts (run.sh).
start_azurite() {
  local root="$1" port="$2" location="${3:-}" args=()
  args=(--tableHost 127.0.0.1 --tablePort "$port" --silent --disableTelemetry --skipApiVersionCheck)
  if [ -n "$location" ]; then mkdir -p "$location"; args+=(--location "$location"); else args+=(--inMemoryPersistence); fi
  "$root/node_modules/.bin/azurite-table" "${args[@]}" >"${AZURITE_LOG:-/dev/null}" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$port" 30 || die "Azurite did not start on port $port"
}

azurite_connection_string() {
  local port="$1"
  # The well-known Azurite development account key (public, documented for local emulators; not a secret).
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' "$port"
}

# A no-op xdg-open first on PATH: without one the Playground exits right after "Listening on".
playground_path() {
  local root="$1"
  mkdir -p "$root/.e2e/bin"
  printf '#!/bin/sh\nexit 0\n' >"$root/.e2e/bin/xdg-open"
  chmod +x "$root/.e2e/bin/xdg-open"
  printf '%s:%s' "$root/.e2e/bin" "$PATH"
}

# start_playground ROOT PORT BOT_URL: starts the Agents Playground (cwd holds its config); sets PLAYGROUND_PID.
start_playground() {
  local root="$1" port="$2" bot_url="$3"
  (cd "$root/Bot/BotCommit.Bot/Playground" && PATH="$(playground_path "$root")" exec node \
     "$root/node_modules/@microsoft/m365agentsplayground/cli.js" -p "$port" -e "$bot_url" -c msteams --disable-telemetry) \
     >"${PLAYGROUND_LOG:-/dev/null}" 2>&1 &
  PLAYGROUND_PID=$!
  node "$(dirname "${BASH_SOURCE[0]}")/wait-http.mjs" "http://127.0.0.1:$port/_debug/ping" 30 pong "$PLAYGROUND_PID" \
    || die "the Agents Playground did not start on port $port (bad .m365agentsplayground.yml, or the port is taken?)"
}

# stop_pids PID...: SIGTERM, then SIGKILL after 5 s.
stop_pids() {
  local pid
  for pid in "$@"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

# Installs Debian's PostgreSQL server when missing (needs root, as in CI). Prints the server's bin directory.
ensure_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    log "installing Debian's postgresql (multi-instance scheduler test)..."
    [ "$(id -u)" -eq 0 ] || die "postgresql is missing and this is not root: run 'sudo apt-get install -y postgresql'"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || die "apt-get install postgresql failed"
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  printf '%s' "$bin"
}

# start_postgres BIN DIR PORT: a private throw-away cluster (trust auth, loopback only) owned by the postgres user.
start_postgres() {
  local bin="$1" dir="$2" port="$3" as=()
  rm -rf "$dir"; mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; as=(su postgres -s /bin/sh -c); else as=(sh -c); fi
  "${as[@]}" "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 >'$dir/initdb.log' 2>&1" \
    || die "initdb failed (see $dir/initdb.log)"
  "${as[@]}" "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir'\" -w start >/dev/null" \
    || die "PostgreSQL did not start (see $dir/server.log)"
}

stop_postgres() {
  local bin="$1" dir="$2" as=()
  [ -d "$dir/data" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then as=(su postgres -s /bin/sh -c); else as=(sh -c); fi
  "${as[@]}" "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null 2>&1" || true
}
