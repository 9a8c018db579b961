#!/usr/bin/env bash
# Promise load harness. Starts redis-server, the standalone fake ERPNext (generated catalog,
# configurable ERP latency) and the published API on 127.0.0.1 only, runs the scenarios with
# third-party load generators (wrk, loadtest) and writes perf/results/<date>.md and a chart.
#
#   perf/run.sh [--quick] [--skip-publish] [--only "2 4"]
#
# Every load run is bounded in count and time; the whole run has a watchdog and always stops
# the processes it started (by pid). Not part of the unit-test run.
# Environment: LATENCY_BIN_MS (20), LATENCY_PO_MS (25), CATALOG_ITEMS (10000), SEED (42),
# PERF_WORK (/tmp/promise-perf), PERF_ARTIFACTS (/tmp/artifacts/perf), PERF_API_ENV, PERF_OVERRIDES,
# and the durations and rates listed below.
set -euo pipefail

PERF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$PERF_DIR")
TOOLS="$PERF_DIR/tools"
QUICK=0
PUBLISH=1
ONLY="2 3 4 5 6 7"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --skip-publish) PUBLISH=0 ;;
    --only) ONLY=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=lib/common.sh
source "$PERF_DIR/lib/common.sh"
# shellcheck source=lib/services.sh
source "$PERF_DIR/lib/services.sh"
# shellcheck source=lib/tools.sh
source "$PERF_DIR/lib/tools.sh"
for f in "$PERF_DIR"/scenarios/*.sh; do
  # shellcheck source=/dev/null
  source "$f"
done
# PERF_OVERRIDES: a bash file sourced last, e.g. to dry-run the harness against stand-ins.
# shellcheck source=/dev/null
[[ -n "${PERF_OVERRIDES:-}" ]] && source "$PERF_OVERRIDES"

CATALOG_ITEMS=${CATALOG_ITEMS:-10000}
perf_workspace ""

# Durations (seconds) and rates. The full suite stays under ~15 minutes, --quick under ~3.
# Each can be overridden from the environment (e.g. COLD_RATES="500 1000" perf/run.sh --only 3;
# also COLD_MODES="on" to skip the run without coalescing).
if (( QUICK )); then
  : "${WATCHDOG_S:=300}" "${WARMUP_S:=3}" "${MIX_WARMUP_S:=5}" "${WARM_S:=4}" "${WARM_ROUNDS:=1}"
  : "${COLD_RATES:=250 1000}" "${COLD_S:=5}"
  : "${MIX_RATES:=500 1000 2000 4000 8000}" "${MIX_S:=4}"
  : "${BULK_COUNTS:=10000 100000}" "${BULK_WARMUP:=5000}" "${OVER_S:=8}" "${NORMAL_S:=8}"
  : "${MULTI_RATES:=1000}" "${MULTI_S:=4}"
else
  : "${WATCHDOG_S:=1200}" "${WARMUP_S:=10}" "${MIX_WARMUP_S:=15}" "${WARM_S:=10}" "${WARM_ROUNDS:=2}"
  : "${COLD_RATES:=100 250 500 1000}" "${COLD_S:=15}"
  : "${MIX_RATES:=250 500 1000 1500 2000 3000 4000 6000 8000}" "${MIX_S:=10}"
  : "${BULK_COUNTS:=10000 100000 1000000}" "${BULK_WARMUP:=30000}" "${OVER_S:=30}" "${NORMAL_S:=30}"
  : "${MULTI_RATES:=500 1000 2000}" "${MULTI_S:=10}"
fi
# PERF_API_ENV: extra KEY=VALUE settings for every API instance (space-separated), e.g. to try a
# fix without rebuilding: PERF_API_ENV="Api__MaxConcurrentRequests=32".
read -r -a API_EXTRA_ENV <<< "${PERF_API_ENV:-}"
# Cold checkout: stock/PO entries expire after 1 ms and are never served stale (the smallest
# values the options validator accepts), no L2: every promise reads ERPNext.
# shellcheck disable=SC2034 # COLD_ENV, NO_COALESCE_ENV and FAKE_METRICS are read by scenarios/*.sh
COLD_ENV=("Cache__StockTtl=00:00:00.001" "Cache__MaxStaleness=00:00:00.001" "Redis__Configuration=")
# "Without coalescing": a zero window. Requests that reach the coalescer in the same
# thread-pool turn still share a query, and a key already in flight is still shared.
# shellcheck disable=SC2034
NO_COALESCE_ENV=("Erp__CoalesceWindow=00:00:00")

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_watchdog "$WATCHDOG_S"

log "raw results and logs: $RAW"
node -e 'const fs=require("fs");fs.writeFileSync(process.argv[1],JSON.stringify({
  stamp:process.argv[2],quick:process.argv[3]==="1",git:process.argv[4],cores:require("os").cpus().length,
  cpu:require("os").cpus()[0].model,loadavg_start:require("os").loadavg(),
  latency_bin_ms:+process.argv[5],latency_po_ms:+process.argv[6],catalog_items:+process.argv[7],seed:+process.argv[8],
  only:process.argv[9],api_env:process.argv[10]},null,1))' "$RAW/meta.json" "$STAMP" "$QUICK" "$(git -C "$REPO" rev-parse --short HEAD)" \
  "$LATENCY_BIN_MS" "$LATENCY_PO_MS" "$CATALOG_ITEMS" "$SEED" "$ONLY" "${PERF_API_ENV:-}"

[[ -d "$PERF_DIR/node_modules/loadtest" ]] || (cd "$PERF_DIR" && npm ci --no-fund --no-audit > "$LOGS/npm.log" 2>&1) \
  || die "npm ci failed (see $LOGS/npm.log)"
for tool in wrk redis-server redis-cli nginx gnuplot curl; do
  command -v "$tool" > /dev/null || die "$tool is missing: apt-get install -y wrk redis-server nginx-light gnuplot-nox curl"
done

if (( PUBLISH )); then
  publish api src/Promise.Api
  publish fake tests/ErpNext.Fake
  publish baseline perf/Baseline/Baseline.csproj
fi

make_catalog
start_redis
start_fake
# shellcheck disable=SC2034
FAKE_METRICS="http://127.0.0.1:$FAKE_PORT/__fake"

wants() { [[ " $ONLY " == *" $1 "* ]]; }
if wants 2 || wants 4 || wants 5 || wants 6; then start_api main; fi
wants 2 && scenario_warm
wants 4 && scenario_mix
wants 6 && wants 4 && scenario_overload
wants 5 && scenario_bulk
[[ -n "$(pid_of api-main)" ]] && stop_bg api-main
wants 3 && scenario_cold
wants 7 && scenario_multi

json_set "$RAW/meta.json" loadavg_end "[$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ',')]"
json_set "$RAW/meta.json" seconds "$SECONDS"
log "writing the report"
node "$TOOLS/report.mjs" --raw "$RAW" --perf "$PERF_DIR"
log "done in ${SECONDS}s"
