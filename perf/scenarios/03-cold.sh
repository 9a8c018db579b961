# Scenario 3: cold checkout: distinct carts over the whole catalog with the stock cache off,
# at fixed rates (open model), with and without cross-request coalescing of ERP queries.
# shellcheck shell=bash

scenario_cold() {
  log "scenario 3: cold checkout at fixed rates"
  local mode phases=""
  for r in $COLD_RATES; do phases+="${phases:+,}$r:$COLD_S"; done
  for mode in ${COLD_MODES:-on off}; do
    local env=("${COLD_ENV[@]}")
    [[ "$mode" == off ]] && env+=("${NO_COALESCE_ENV[@]}")
    start_api "cold-$mode" "${env[@]}"
    local api
    api=$(api_url "cold-$mode")
    # Warm-up of the code path only (JIT, connection pool), not of data: the cache is off.
    run_load "s3-warmup-$mode" "$RAW/s3-warmup-$mode.json" --url "$api/otp/promise" --body cold \
      --catalog "$CATALOG" --seed 1 --phases "100:$WARMUP_S"
    run_load "s3-cold-$mode" "$RAW/s3-cold-$mode.json" --url "$api/otp/promise" --body cold \
      --catalog "$CATALOG" --seed "$SEED" --phases "$phases" --metrics "$api/metrics,$FAKE_METRICS" \
      --label "cold, coalescing $mode"
    stop_bg "api-cold-$mode"
  done
}
