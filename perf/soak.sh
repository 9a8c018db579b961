#!/usr/bin/env bash
# Soak test: the published API (ErpNext mode, Redis L2) against the standalone fake ERPNext and a
# redis-server, all on 127.0.0.1, at a steady moderate open-model rate for MINUTES (default 10).
# Records the API's RSS (and managed heap after the last GC) every 10 s. PASS when no request failed
# (non-2xx or transport error) and, after the warm-up, every RSS sample stays within +-10 % of the
# median post-warm-up sample and the last third of them averages at most 10 % above the first third.
#
#   perf/soak.sh [MINUTES] [--skip-publish]
#
# Environment: SOAK_RPS (100), SOAK_WARMUP_S (max(150, 25 % of the run): the runtime gives memory back
# once, about 2 minutes in, so an earlier reference fails on a drop), SOAK_TOLERANCE (0.10),
# CATALOG_ITEMS (2000), SEED (42), LATENCY_BIN_MS (20), LATENCY_PO_MS (25), PERF_WORK, PERF_ARTIFACTS.
# Bounded: the load generator runs under `timeout`, a watchdog ends the whole run at MINUTES + 10 min,
# and every process started here is stopped by pid on exit. Raw data: perf/results/raw/soak-<stamp>/.
set -euo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$PERF_DIR")
TOOLS="$PERF_DIR/tools"
MINUTES=10
PUBLISH=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-publish) PUBLISH=0 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) [[ "$1" =~ ^[0-9]+$ ]] && (( $1 > 0 )) || { echo "usage: perf/soak.sh [MINUTES] [--skip-publish]" >&2; exit 2; }; MINUTES=$1 ;;
  esac
  shift
done

# shellcheck source=lib/common.sh
source "$PERF_DIR/lib/common.sh"
# shellcheck source=lib/services.sh
source "$PERF_DIR/lib/services.sh"
# shellcheck source=lib/tools.sh
source "$PERF_DIR/lib/tools.sh"

RPS=${SOAK_RPS:-100}
TOLERANCE=${SOAK_TOLERANCE:-0.10}
DURATION_S=$((MINUTES * 60))
WARMUP_S=${SOAK_WARMUP_S:-$(( DURATION_S / 4 > 150 ? DURATION_S / 4 : 150 ))}
CATALOG_ITEMS=${CATALOG_ITEMS:-2000}
API_EXTRA_ENV=()
perf_workspace soak-
(( WARMUP_S + 30 < DURATION_S )) || die "the warm-up (${WARMUP_S}s) leaves too little of a ${DURATION_S}s run: run longer or set SOAK_WARMUP_S"

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_watchdog $((DURATION_S + 600))

[[ -d "$PERF_DIR/node_modules/loadtest" ]] || (cd "$PERF_DIR" && npm ci --no-fund --no-audit > "$LOGS/npm.log" 2>&1) \
  || die "npm ci failed (see $LOGS/npm.log)"
for tool in redis-server curl node; do
  command -v "$tool" > /dev/null || die "$tool is missing: apt-get install -y redis-server curl nodejs"
done
if (( PUBLISH )); then
  publish api src/Promise.Api
  publish fake tests/ErpNext.Fake
fi

make_catalog
start_redis
start_fake
start_api soak
API=$(api_url soak)
API_PID=$(pid_of api-soak)
log "soak: ${MINUTES} min at ${RPS} rps against $API (pid $API_PID), warm-up ${WARMUP_S}s, raw data in $RAW"

load_cmd=(timeout $((DURATION_S + 120)) nice -n -5 node "$TOOLS/load.mjs" --url "$API/otp/promise" --body mix
  --catalog "$CATALOG" --phases "$RPS:$DURATION_S" --seed "$SEED" --metrics "$API/metrics" --label soak --out "$RAW/load.json")
cmd_log soak-load "${load_cmd[@]}"
"${load_cmd[@]}" 2> "$LOGS/load.log" &
LOAD_PID=$!
PIDS+=("$LOAD_PID")

# RSS every 10 s while the load runs; the fake's request log is emptied each time to bound its memory.
printf 'second\trss_kib\theap_kib\n' > "$RAW/rss.tsv"
start=$SECONDS
while kill -0 "$LOAD_PID" 2>/dev/null && (( SECONDS - start <= DURATION_S + 120 )); do
  read -r _ rss < <(rss_kib "$API_PID")
  heap=$(curl -s --max-time 2 "$API/metrics" | awk '/^dotnet_gc_last_collection_heap_size_bytes/ {s += $2} END {printf "%d", s / 1024}')
  printf '%d\t%d\t%d\n' $((SECONDS - start)) "$rss" "${heap:-0}" >> "$RAW/rss.tsv"
  fake_reset_log
  sleep 10
done
wait "$LOAD_PID" || log "load generator ended with $?"
curl -s --max-time 5 "$API/metrics" > "$RAW/metrics-end.txt" || true

# Verdict (written to $RAW/verdict.json and printed).
node -e '
const fs = require("fs");
const [raw, warmup, tolerance, rps, minutes] = process.argv.slice(1);
const load = JSON.parse(fs.readFileSync(raw + "/load.json", "utf8"));
const phase = load.phases[0];
const rss = fs.readFileSync(raw + "/rss.tsv", "utf8").trim().split("\n").slice(1).map(l => l.split("\t").map(Number));
const after = rss.filter(([s]) => s >= +warmup);
const values = after.map(a => a[1]);
const sorted = [...values].sort((x, y) => x - y);
const ref = sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
const dev = values.map(r => (r - ref) / ref);
const maxUp = Math.max(...dev), maxDown = Math.min(...dev);
const third = Math.max(1, Math.floor(values.length / 3));
const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;
const growth = mean(values.slice(-third)) / mean(values.slice(0, third)) - 1;
const failed = Object.entries(phase.statuses).filter(([s]) => +s < 200 || +s >= 300).reduce((n, [, c]) => n + c, 0) + phase.transport_errors;
const rssOk = values.length >= 6 && maxUp <= +tolerance && maxDown >= -tolerance && growth <= +tolerance;
const verdict = {
  minutes: +minutes, target_rps: +rps, offered_rps: phase.offered_rps, ok_rps: phase.ok_rps, completed: phase.completed,
  failed, statuses: phase.statuses, latency_ok_ms: phase.latency_ok_ms, warmup_s: +warmup, samples_after_warmup: after.length,
  rss_start_kib: rss.length ? rss[0][1] : null, rss_reference_kib: ref, rss_min_kib: Math.min(...after.map(a => a[1])),
  rss_max_kib: Math.max(...after.map(a => a[1])), rss_end_kib: after.length ? after[after.length - 1][1] : null,
  rss_max_deviation_pct: Math.round(Math.max(maxUp, -maxDown) * 1000) / 10, rss_growth_pct: Math.round(growth * 1000) / 10,
  heap_end_kib: rss.length ? rss[rss.length - 1][2] : null,
  pass: failed === 0 && rssOk,
};
fs.writeFileSync(raw + "/verdict.json", JSON.stringify(verdict, null, 1));
const l = verdict.latency_ok_ms;
console.log(`soak ${minutes} min at ${rps} rps: ${verdict.completed} requests, ${failed} failed, p50 ${l.p50} p99 ${l.p99} ms; ` +
  `RSS after ${warmup}s warm-up: median ${Math.round(ref / 1024)} MiB, range ${Math.round(verdict.rss_min_kib / 1024)}-${Math.round(verdict.rss_max_kib / 1024)} MiB ` +
  `(max deviation from the median ${verdict.rss_max_deviation_pct} %, last third vs first third ${verdict.rss_growth_pct} %, limit ${tolerance * 100} %), ` +
  `end ${Math.round(verdict.rss_end_kib / 1024)} MiB (managed heap ${Math.round(verdict.heap_end_kib / 1024)} MiB)`);
console.log(verdict.pass ? "PASS" : "FAIL");
process.exitCode = verdict.pass ? 0 : 1;
' "$RAW" "$WARMUP_S" "$TOLERANCE" "$RPS" "$MINUTES"
