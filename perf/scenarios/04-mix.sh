# Scenario 4: realistic mix (Zipf item popularity, 70 % of lines repeat popular items) at
# rising fixed rates until saturation (open model).
# shellcheck shell=bash

scenario_mix() {
  log "scenario 4: realistic mix to saturation"
  local api phases=""
  api=$(api_url main)
  for r in $MIX_RATES; do phases+="${phases:+,}$r:$MIX_S"; done
  run_load s4-warmup "$RAW/s4-warmup.json" --url "$api/otp/promise" --body mix --catalog "$CATALOG" \
    --seed 2 --phases "500:$MIX_WARMUP_S"
  run_load s4-mix "$RAW/s4-mix.json" --url "$api/otp/promise" --body mix --catalog "$CATALOG" \
    --seed "$SEED" --phases "$phases" --metrics "$api/metrics,$FAKE_METRICS" --stop-on-saturation 1 \
    --label "mix"
}

# The highest 2xx throughput the mix reached (requests/s), for the overload scenario.
mix_capacity() {
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
    console.log(Math.round(Math.max(...r.phases.map(p=>p.ok_rps))))' "$RAW/s4-mix.json"
}
