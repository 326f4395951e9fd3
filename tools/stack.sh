#!/usr/bin/env bash
# Runs CrimeLake without Docker: the five services (and, for the demo, the Socrata simulator) as
# background JVMs on a local-folder lake. Usage: stack.sh start demo|live | stop | status
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ -f .env ]]; then set -a; source .env; set +a; fi
export DATA_DIR="${DATA_DIR:-./data}"
export LAKE_URI="${LAKE_URI:-file:$DATA_DIR/lake}"
run_dir="$DATA_DIR/run"
log_dir="$DATA_DIR/logs"
java="${JAVA_HOME:-$(tools/find-jdk.sh)}/bin/java"

export GATEWAY_PORT="${GATEWAY_PORT:-8080}" INGEST_PORT="${INGEST_PORT:-8081}" LAKE_PORT="${LAKE_PORT:-8082}"
export ANALYTICS_PORT="${ANALYTICS_PORT:-8083}" UI_PORT="${UI_PORT:-8084}" SIMULATOR_PORT="${SIMULATOR_PORT:-9100}"
export INGEST_URL="http://localhost:$INGEST_PORT" LAKE_URL="http://localhost:$LAKE_PORT"
export ANALYTICS_URL="http://localhost:$ANALYTICS_PORT" UI_URL="http://localhost:$UI_PORT"

services=(lake-service analytics-service ingest-service ui-service gateway)

port_of() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;; ingest-service) echo "$INGEST_PORT" ;; lake-service) echo "$LAKE_PORT" ;;
    analytics-service) echo "$ANALYTICS_PORT" ;; ui-service) echo "$UI_PORT" ;; socrata-simulator) echo "$SIMULATOR_PORT" ;;
  esac
}

jar_of() {
  local pattern="$1/target/$(basename "$1")-*.jar"
  [[ "$1" == */socrata-simulator ]] && pattern="$1/target/socrata-simulator-*-exec.jar"
  # shellcheck disable=SC2086
  ls $pattern 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true
}

# A half-started stack is worse than none: stop what did start, then say what went wrong.
fail() {
  echo >&2
  echo "$1" >&2
  echo "Stopping what was started ..." >&2
  stop >&2
  exit 1
}

running() { [[ -f "$run_dir/$1.pid" ]] && kill -0 "$(cat "$run_dir/$1.pid")" 2>/dev/null; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

launch() { # name module-dir [args...]
  local name="$1" dir="$2"; shift 2
  local port jar; port="$(port_of "$name")"; jar="$(jar_of "$dir")"
  if running "$name"; then echo "  $name already running (pid $(cat "$run_dir/$name.pid"))"; return; fi
  [[ -n "$jar" ]] || fail "No jar for $name under $dir/target: run 'make build' first."
  if port_busy "$port"; then
    fail "Port $port (for $name) is already in use. Stop what holds it ('make down' if it is an old CrimeLake),
or choose another port in .env (e.g. $(echo "${name%-service}" | tr a-z- A-Z_)_PORT=...)."
  fi
  nohup "$java" -XX:+UseSerialGC -Xmx${heap[$name]:-512m} --enable-native-access=ALL-UNNAMED \
    -jar "$jar" "$@" >"$log_dir/$name.log" 2>&1 &
  echo $! >"$run_dir/$name.pid"
  echo "  $name starting on :$port (log: $log_dir/$name.log)"
}

wait_healthy() { # name url
  local name="$1" url="$2" deadline=$((SECONDS + 180))
  until curl -fsS --max-time 2 "$url" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! running "$name"; then
      tail -n 30 "$log_dir/$name.log" >&2
      fail "$name stopped while starting; the lines above are the end of $log_dir/$name.log."
    fi
    ((SECONDS <= deadline)) || fail "$name did not become healthy at $url within 180 s; see $log_dir/$name.log."
    sleep 1
  done
  echo "  $name UP"
}

# Heaps stay small: DuckDB works off-heap within its own memory_limit (LAKE_DUCKDB_MEMORY_LIMIT, DUCKDB_MEMORY_LIMIT).
declare -A heap=([analytics-service]=768m [lake-service]=1g [ingest-service]=512m [socrata-simulator]=2g)

start() {
  local mode="$1"
  mkdir -p "$run_dir" "$log_dir" "${LAKE_URI#file:}"
  local name needed=("${services[@]}")
  [[ "$mode" == demo ]] && needed+=(socrata-simulator)
  for name in "${needed[@]}"; do # all ports first, so nothing starts when one is taken
    if ! running "$name" && port_busy "$(port_of "$name")"; then
      echo "Port $(port_of "$name") (for $name) is already in use. Stop what holds it ('make down' if it is an" >&2
      echo "old CrimeLake), or choose another port in .env (e.g. $(echo "${name%-service}" | tr a-z- A-Z_)_PORT=...)." >&2
      exit 1
    fi
  done
  if [[ "$mode" == demo ]]; then
    export SOCRATA_BASE_URL="http://localhost:$SIMULATOR_PORT"
    echo "Starting the Socrata simulator (offline demo data) ..."
    # A year of crimes up to the newest day the simulated portal (7 days' lag, like the real one) has published.
    launch socrata-simulator tools/socrata-simulator --port "$SIMULATOR_PORT" --seed 42 --to latest
    wait_for_port socrata-simulator "$SIMULATOR_PORT"
  else
    export SOCRATA_BASE_URL="${SOCRATA_BASE_URL:-https://data.cityofchicago.org}"
  fi
  ensure_admin_token
  echo "Starting CrimeLake (lake: $LAKE_URI, source: $SOCRATA_BASE_URL) ..."
  for name in "${services[@]}"; do launch "$name" "$name"; done
  for name in "${services[@]}"; do wait_healthy "$name" "http://localhost:$(port_of "$name")/actuator/health"; done
  first_ingest
  local url="http://localhost:$GATEWAY_PORT"
  echo
  echo "CrimeLake is up: open $url   (stop it with 'make down'; logs in $log_dir)"
  if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] && command -v xdg-open >/dev/null; then xdg-open "$url" >/dev/null 2>&1 || true; fi
}

# Admin calls need a token; a laptop demo should not make the user invent one, so one is generated and kept.
ensure_admin_token() {
  [[ -n "${ADMIN_TOKEN:-}" ]] && return
  local file="$run_dir/admin-token"
  if [[ ! -s "$file" ]]; then (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file"); fi
  ADMIN_TOKEN="$(cat "$file")"
  export ADMIN_TOKEN
  echo "ADMIN_TOKEN is not set; using the one generated in $file for admin calls."
}

json_field() { # field json: the first "field":"value" or "field":number in a flat JSON text
  sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" <<<"$2" | head -1
}

# Runs the first ingest when the lake has no snapshot yet, and follows its progress until lake-service took it.
first_ingest() {
  local lake="http://localhost:$GATEWAY_PORT/api/lake" ingest="http://localhost:$GATEWAY_PORT/api/ingest"
  if curl -fsS --max-time 5 "$lake/snapshots/current" >/dev/null 2>&1; then
    echo "The lake already has a snapshot; the daily schedule keeps it current (or POST $ingest/runs)."
    return
  fi
  echo "Running the first ingest (from START_DATE, default 365 days back) ..."
  local answer run status=""
  if ! answer="$(curl -fsS -X POST -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{}' "$ingest/runs")"; then
    echo "Could not start the first ingest; see $log_dir/ingest-service.log. The stack is up without data." >&2
    return
  fi
  run="$(json_field id "$answer")"
  local deadline=$((SECONDS + 1800))
  while ((SECONDS < deadline)); do
    answer="$(curl -fsS --max-time 5 "$ingest/runs/$run" 2>/dev/null || true)"
    status="$(json_field status "$answer")"
    printf '\r  run %s: %-9s pages %-5s rows %-9s' "$run" "$status" "$(json_field pages "$answer")" \
      "$(json_field rowsFetched "$answer")"
    [[ "$status" == COMPLETED || "$status" == FAILED ]] && break
    sleep 2
  done
  echo
  if [[ "$status" != COMPLETED ]]; then
    echo "The first ingest did not complete ($status); see $log_dir/ingest-service.log and GET $ingest/runs/$run." >&2
    return
  fi
  until curl -fsS --max-time 5 "$lake/snapshots/current" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { echo "lake-service has not published a snapshot; see $log_dir/lake-service.log" >&2; return; }
    sleep 2
  done
  local snapshot
  snapshot="$(curl -fsS "$lake/snapshots/current")"
  echo "  the lake has its first snapshot: ${snapshot:0:160}..."
}

wait_for_port() { # name port
  local deadline=$((SECONDS + 120))
  until port_busy "$2"; do
    if ! running "$1"; then
      tail -n 30 "$log_dir/$1.log" >&2
      fail "$1 stopped while starting; the lines above are the end of $log_dir/$1.log."
    fi
    ((SECONDS <= deadline)) || fail "$1 did not open port $2 within 120 s; see $log_dir/$1.log."
    sleep 0.5
  done
  echo "  $1 UP"
}

stop() {
  local any=0
  for name in gateway "${services[@]}" socrata-simulator; do
    [[ -f "$run_dir/$name.pid" ]] || continue
    any=1
    local pid; pid="$(cat "$run_dir/$name.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "  stopped $name"
    fi
    rm -f "$run_dir/$name.pid"
  done
  ((any)) || echo "Nothing to stop."
}

status() {
  for name in "${services[@]}" socrata-simulator; do
    local port; port="$(port_of "$name")"
    if running "$name"; then
      printf '  %-18s pid %-7s :%s %s\n' "$name" "$(cat "$run_dir/$name.pid")" "$port" \
        "$(curl -fsS --max-time 2 "http://localhost:$port/actuator/health" 2>/dev/null || echo '(no health endpoint)')"
    else
      printf '  %-18s stopped\n' "$name"
    fi
  done
}

logs() {
  compgen -G "$log_dir/*.log" >/dev/null || { echo "No logs under $log_dir yet: run 'make demo' first." >&2; exit 1; }
  exec tail -n 40 -F "$log_dir"/*.log
}

# The cron entry point: one run in its own JVM, next to (or instead of) a running ingest-service; the run lease
# in DATA_DIR keeps the two from overlapping.
ingest_once() {
  ensure_admin_token
  mkdir -p "$log_dir"
  exec "$java" -Xmx${heap[ingest-service]} --enable-native-access=ALL-UNNAMED \
    -jar "$(jar_of ingest-service)" --once "$@"
}

case "${1:-}" in
  start) start "${2:-demo}" ;;
  stop) stop ;;
  status) status ;;
  logs) logs ;;
  ingest-once) shift; ingest_once "$@" ;;
  *) echo "usage: $0 start demo|live | stop | status | logs | ingest-once [args]" >&2; exit 2 ;;
esac
