# Scenario 5: bulk: 10k, 100k and 1M orders streamed as NDJSON (generated on the fly):
# orders/s, time to first answer line, and the API's peak RSS per run (VmHWM, reset before each).
# shellcheck shell=bash

scenario_bulk() {
  log "scenario 5: bulk streaming"
  local api pid url count
  api=$(api_url main)
  pid=$(pid_of api-main)
  url="$api/otp/bulk-promise?allocation=shared"
  # Warm-up: JIT, and the stock of most of the catalog in L1/L2, so that the runs below compare
  # the stream's memory, not how much of the catalog happens to be cached yet.
  run_bulk s5-warmup "$RAW/s5-warmup.json" "$url" "$BULK_WARMUP"
  for count in $BULK_COUNTS; do
    sleep 1
    local before
    before=$(rss_kib "$pid")
    reset_hwm "$pid"
    run_bulk "s5-bulk-$count" "$RAW/s5-bulk-$count.json" "$url" "$count"
    read -r hwm rss < <(rss_kib "$pid")
    json_set "$RAW/extra.json" "s5-$count" "{\"hwm_kib\": $hwm, \"rss_after_kib\": $rss, \"rss_before_kib\": ${before#* }}"
    log "bulk $count: peak RSS $((hwm / 1024)) MiB"
  done
  # curl sends "Expect: 100-continue" with an upload and waits up to 1 s for "100 Continue"
  # before sending the body; the second run turns that header off.
  run_curl_bulk s5-curl "$RAW/s5-curl.json" "$url" "${BULK_CURL_COUNT:-20000}"
  run_curl_bulk s5-curl-noexpect "$RAW/s5-curl-noexpect.json" "$url" "${BULK_CURL_COUNT:-20000}" -H 'Expect:'
  run_curl_first_line s5-curl-first-line "$RAW/s5-curl-first-line.json" "$url" 100000

}
