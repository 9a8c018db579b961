# Shared helpers for perf/run.sh: logging, free loopback ports, background processes that are
# always cleaned up, and a log of the exact command behind every figure.
# shellcheck shell=bash

PIDS=()

# perf_workspace [PREFIX]: the folders of one run (WORK, ARTIFACTS, PUB for published builds,
# RAW and LOGS for its results) and the fake ERPNext's defaults, unless set in the environment.
# shellcheck disable=SC2034 # the variables are the callers'
perf_workspace() {
  LATENCY_BIN_MS=${LATENCY_BIN_MS:-20}
  LATENCY_PO_MS=${LATENCY_PO_MS:-25}
  SEED=${SEED:-42}
  BASE_DATE=$(date -u +%F)
  WORK=${PERF_WORK:-/tmp/promise-perf}
  ARTIFACTS=${PERF_ARTIFACTS:-/tmp/artifacts/perf}
  PUB="$WORK/publish"
  STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
  RAW="$PERF_DIR/results/raw/${1:-}$STAMP"
  LOGS="$RAW/logs"
  mkdir -p "$WORK" "$PUB" "$LOGS"
  : > "$RAW/commands.tsv"
}

# start_watchdog SECONDS: ends this shell (and, through its EXIT trap, everything it started) if
# the run overruns. Bash runs the TERM trap once the current, itself time-bounded, command returns.
start_watchdog() {
  local seconds=$1
  ( trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$seconds" & sleeper=$!
    wait "$sleeper" && { log "watchdog: ${seconds}s passed, stopping"; kill -TERM $$; } ) &
  PIDS+=("$!")
}

log() { printf '[perf %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# A free TCP port on 127.0.0.1 that this run has not handed out yet, below the kernel's
# ephemeral range (the load generators' own outgoing connections live there).
declare -A USED_PORTS=()
free_port() {
  local p low
  read -r low _ < /proc/sys/net/ipv4/ip_local_port_range
  (( low > 12000 )) || low=32768
  for _ in $(seq 1 200); do
    p=$((10000 + RANDOM % (low - 10000)))
    [[ -n "${USED_PORTS[$p]:-}" ]] && continue
    if [[ -z "$(ss -Htan "sport = :$p" 2>/dev/null)" ]]; then
      USED_PORTS[$p]=1
      echo "$p"
      return 0
    fi
  done
  die "no free port found"
}

# Records the exact command behind a figure: cmd_log KEY WORD... (secrets masked).
cmd_log() {
  local key=$1; shift
  local line
  line=$(printf '%q ' "$@")
  # shellcheck disable=SC2016 # the literal text $ERP_SECRET replaces the value
  line=${line//"$ERP_SECRET"/'$ERP_SECRET'}
  printf '%s\t%s\n' "$key" "${line% }" >> "$RAW/commands.tsv"
}

# start_bg NAME CMD...: runs CMD in the background, output to $LOGS/NAME.log, pid remembered.
start_bg() {
  local name=$1; shift
  "$@" > "$LOGS/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  eval "PID_${name//[^a-zA-Z0-9]/_}=$pid"
  printf '%s %s\n' "$pid" "$name" >> "$RAW/pids"
}

pid_of() { local v="PID_${1//[^a-zA-Z0-9]/_}"; echo "${!v:-}"; }

# stop_bg NAME: TERM, then KILL after 5 s; only the pid this run started.
stop_bg() {
  local pid
  pid=$(pid_of "$1")
  [[ -z "$pid" ]] && return 0
  stop_pid "$pid"
  eval "PID_${1//[^a-zA-Z0-9]/_}="
}

stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  wait 2>/dev/null || true
  [[ $rc -ne 0 ]] && log "stopped with exit code $rc; logs in $LOGS"
  exit "$rc"
}

# wait_http URL SECONDS [EXPECTED_STATUS]: polls until the URL answers (default: 200).
wait_http() {
  local url=$1 deadline=$((SECONDS + $2)) want=${3:-200} code
  while (( SECONDS < deadline )); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    [[ "$code" == "$want" ]] && return 0
    sleep 0.2
  done
  return 1
}

# wait_tcp PORT SECONDS: polls until something listens on 127.0.0.1:PORT.
wait_tcp() {
  local port=$1 deadline=$((SECONDS + $2))
  while (( SECONDS < deadline )); do
    [[ -n "$(ss -Htln "sport = :$port" 2>/dev/null)" ]] && return 0
    sleep 0.2
  done
  return 1
}

# CPU time a process has used so far (user + system), in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

# Resident-set figures of a process in KiB: "VmHWM VmRSS".
rss_kib() { awk '/^VmHWM:/ {h=$2} /^VmRSS:/ {r=$2} END {print h, r}' "/proc/$1/status"; }
# Resets VmHWM to the current RSS (Linux clear_refs "5"), so a peak belongs to one run.
reset_hwm() { echo 5 > "/proc/$1/clear_refs" 2>/dev/null || log "cannot reset VmHWM of $1"; }

# JSON helper: json_set FILE KEY VALUE_JSON merges a key into a JSON object file.
json_set() {
  node -e 'const fs=require("fs");const [f,k,v]=process.argv.slice(1);const o=fs.existsSync(f)?JSON.parse(fs.readFileSync(f,"utf8")):{};o[k]=JSON.parse(v);fs.writeFileSync(f,JSON.stringify(o,null,1))' "$1" "$2" "$3"
}
