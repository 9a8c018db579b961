# Scenario 7: two API instances sharing one Redis behind nginx: a cache filled through one
# instance serves the other; then mixed load through the balancer.
# shellcheck shell=bash

scenario_multi() {
  log "scenario 7: two instances, one Redis, nginx"
  start_api a
  start_api b
  local a b
  a=$(api_url a)
  b=$(api_url b)
  # Warm-up of both instances (JIT, master data) with random carts that avoid the warm set's
  # items, then an empty Redis: the warm carts' items are in neither L1 nor L2.
  run_load s7-warmup-a "$RAW/s7-warmup-a.json" --url "$a/otp/promise" --body tail --catalog "$CATALOG" \
    --seed 3 --phases "50:$WARMUP_S"
  run_load s7-warmup-b "$RAW/s7-warmup-b.json" --url "$b/otp/promise" --body tail --catalog "$CATALOG" \
    --seed 4 --phases "50:$WARMUP_S"
  redis_cli FLUSHALL > /dev/null
  # Fill through A (each of the 200 warm carts once), then the same carts through B only.
  run_load s7-fill-a "$RAW/s7-fill-a.json" --url "$a/otp/promise" --body warm --catalog "$CATALOG" \
    --seed "$SEED" --phases "50:4" --metrics "$a/metrics,$b/metrics,$FAKE_METRICS" --label "fill via A"
  run_load s7-read-b "$RAW/s7-read-b.json" --url "$b/otp/promise" --body warm --catalog "$CATALOG" \
    --seed "$SEED" --phases "50:4" --metrics "$a/metrics,$b/metrics,$FAKE_METRICS" --label "same carts via B"
  start_nginx a b
  local phases=""
  for r in $MULTI_RATES; do phases+="${phases:+,}$r:$MULTI_S"; done
  run_load s7-lb "$RAW/s7-lb.json" --url "http://127.0.0.1:$LB_PORT/otp/promise" --body mix \
    --catalog "$CATALOG" --seed "$SEED" --phases "$phases" --metrics "$a/metrics,$b/metrics" \
    --label "nginx -> A+B"
  stop_bg nginx
  stop_bg api-a
  stop_bg api-b
}
