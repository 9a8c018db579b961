# Scenario 2: warm checkout (5-line carts over a hot item set, cache hot) against the bare
# Kestrel anchor answering the same-size JSON body, measured in the same run (closed loop, wrk).
# shellcheck shell=bash

scenario_warm() {
  log "scenario 2: warm checkout vs bare Kestrel"
  local api bodies="$WORK/warm.ndjson" answer="$WORK/warm-response.json" code
  api=$(api_url main)
  write_bodies warm 200 "$bodies"
  # Warm-up: fills L1/L2 for the hot items and JIT-compiles the hot path.
  run_wrk s2-warmup-api "$RAW/s2-warmup-api.json" "$api/otp/promise" "$bodies" "$WARMUP_S"
  # The anchor serves a real answer to the first warm cart, byte for byte.
  code=$(head -n 1 "$bodies" | curl -s -o "$answer" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data-binary @- "$api/otp/promise")
  [[ "$code" == 200 ]] || log "WARNING: warm cart answered HTTP $code: $(head -c 300 "$answer")"
  start_baseline "--Baseline:BodyFile=$answer"
  local base="http://127.0.0.1:$BASELINE_PORT"
  run_wrk s2-warmup-baseline "$RAW/s2-warmup-baseline.json" "$base/otp/promise" "$bodies" "$WARMUP_S"

  # CPU time per request of each server (from /proc/PID/stat) does not depend on how much of the
  # shared cores the other processes took, so it is reported beside requests/s.
  local erp_before erp_after alloc_before alloc_after api_pid base_pid c0 c1
  api_pid=$(pid_of api-main)
  base_pid=$(pid_of baseline)
  erp_before=$(metric_sum "$api/metrics" otp_erp_requests_total)
  alloc_before=$(metric_sum "$api/metrics" dotnet_gc_heap_total_allocated_bytes_total)
  for round in $(seq 1 "$WARM_ROUNDS"); do
    c0=$(cpu_ms "$base_pid")
    run_wrk "s2-baseline-$round" "$RAW/s2-baseline-$round.json" "$base/otp/promise" "$bodies" "$WARM_S"
    c1=$(cpu_ms "$base_pid")
    json_set "$RAW/extra.json" "s2-baseline-$round" "{\"cpu_ms\": $((c1 - c0))}"
    c0=$(cpu_ms "$api_pid")
    run_wrk "s2-api-$round" "$RAW/s2-api-$round.json" "$api/otp/promise" "$bodies" "$WARM_S"
    c1=$(cpu_ms "$api_pid")
    json_set "$RAW/extra.json" "s2-api-$round" "{\"cpu_ms\": $((c1 - c0))}"
  done
  erp_after=$(metric_sum "$api/metrics" otp_erp_requests_total)
  alloc_after=$(metric_sum "$api/metrics" dotnet_gc_heap_total_allocated_bytes_total)
  json_set "$RAW/extra.json" s2 "{\"answer_status\": $code, \"answer_bytes\": $(stat -c %s "$answer"),
    \"request_bytes\": $(head -n 1 "$bodies" | wc -c), \"erp_before\": $erp_before, \"erp_after\": $erp_after,
    \"alloc_before\": $alloc_before, \"alloc_after\": $alloc_after}"
  stop_bg baseline
}
