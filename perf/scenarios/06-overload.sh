# Scenario 6: overload: 3x the mix's saturation throughput for a while, then normal load
# (half of it): accepted p99, 503 share and latency, and time to recover.
# shellcheck shell=bash

scenario_overload() {
  log "scenario 6: overload and recovery"
  local api cap over normal
  api=$(api_url main)
  cap=$(mix_capacity)
  if (( cap < 10 )); then
    log "scenario 6 skipped: the mix reached no measurable 2xx throughput"
    return 0
  fi
  over=$((cap * 3))
  normal=$((cap / 2))
  json_set "$RAW/extra.json" s6 "{\"capacity_rps\": $cap, \"overload_rps\": $over, \"normal_rps\": $normal}"
  run_load s6-overload "$RAW/s6-overload.json" --url "$api/otp/promise" --body mix --catalog "$CATALOG" \
    --seed "$SEED" --phases "$over:$OVER_S,$normal:$NORMAL_S" --timeout-ms 10000 \
    --metrics "$api/metrics" --label "overload"
}
