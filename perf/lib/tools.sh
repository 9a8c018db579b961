# Wrappers around the load generators: every run is bounded by `timeout` and its exact
# command is logged under a key the report quotes.
# shellcheck shell=bash

# run_load KEY OUT_JSON load.mjs-args...: open-model phases (see tools/load.mjs).
run_load() {
  local key=$1 out=$2; shift 2
  local total=0 p
  # Bound: the sum of the phase durations plus 60 s of slack.
  for p in $(grep -oP '(?<=--phases )\S+' <<< "$*" | tr ',' ' '); do total=$((total + ${p#*:})); done
  # The generator runs at a higher priority (nice -5) so that it keeps offering its rate when the
  # server and everything else fight for the 2 cores: that is what an open model means.
  local cmd=(timeout $((total + 60)) nice -n -5 node "$TOOLS/load.mjs" "$@" --out "$out")
  cmd_log "$key" "${cmd[@]}"
  fake_reset_log
  "${cmd[@]}" 2> >(tee -a "$LOGS/load.log" >&2) || log "load run $key ended with $?"
}

# run_wrk KEY OUT_JSON URL BODIES SECONDS: closed-loop max throughput (2 threads, 64 connections).
run_wrk() {
  local key=$1 out=$2 url=$3 bodies=$4 secs=$5
  local cmd=(timeout $((secs + 30)) wrk -t2 -c64 -d"${secs}s" --latency -s "$TOOLS/wrk/post.lua" "$url" -- "$bodies")
  cmd_log "$key" "${cmd[@]}"
  "${cmd[@]}" > "$LOGS/$key.wrk.txt" 2>&1 || log "wrk $key ended with $?"
  grep -oP '(?<=^WRK_JSON ).*' "$LOGS/$key.wrk.txt" > "$out" || die "wrk $key printed no summary (see $LOGS/$key.wrk.txt)"
  log "wrk $key: $(cat "$out")"
}

# run_bulk KEY OUT_JSON URL COUNT: one streamed NDJSON bulk request (see tools/bulk.mjs).
run_bulk() {
  local key=$1 out=$2 url=$3 count=$4
  local cmd=(timeout 300 node "$TOOLS/bulk.mjs" --url "$url" --catalog "$CATALOG" --count "$count" --out "$out")
  cmd_log "$key" "${cmd[@]}"
  "${cmd[@]}" 2> >(tee -a "$LOGS/bulk.log" >&2) || log "bulk $key ended with $?"
}

# The fake ERPNext keeps every request in memory: empty its log between runs to bound it.
fake_reset_log() {
  if [[ -n "${FAKE_PORT:-}" ]]; then
    curl -s -o /dev/null -X POST "http://127.0.0.1:$FAKE_PORT/__fake/requests/reset" || true
  fi
}

# run_curl_bulk KEY OUT_JSON URL COUNT [CURL_ARGS...]: the same stream through curl (a neutral
# client, chunked upload from stdin): time to first response byte and total time as curl sees them.
run_curl_bulk() {
  local key=$1 out=$2 url=$3 count=$4
  shift 4
  local gen=(node "$TOOLS/ndjson.mjs" --catalog "$CATALOG" --count "$count")
  local curl_cmd=(timeout 300 curl -sS -T - -X POST -H 'Content-Type: application/x-ndjson' "$@" -o /dev/null
    -w '{"http_code":%{http_code},"time_starttransfer":%{time_starttransfer},"time_total":%{time_total},"size_download":%{size_download}}' "$url")
  printf '%s\t%s| %s\n' "$key" "$(printf '%q ' "${gen[@]}")" "$(printf '%q ' "${curl_cmd[@]}")" >> "$RAW/commands.tsv"
  "${gen[@]}" | "${curl_cmd[@]}" > "$out" 2>> "$LOGS/bulk.log" || log "curl bulk $key ended with $?"
  log "curl bulk $count ($key): $(cat "$out")"
}

# run_curl_first_line KEY OUT_JSON URL COUNT: time to the first complete answer line with curl
# uploading a pre-generated file (so that no generator shares the client's time), "Expect:" off.
run_curl_first_line() {
  local key=$1 out=$2 url=$3 count=$4
  local file="$WORK/bulk-$count-s$SEED.ndjson"
  [[ -s "$file" ]] || node "$TOOLS/ndjson.mjs" --catalog "$CATALOG" --count "$count" > "$file"
  local curl_cmd=(timeout 300 curl -sN -T "$file" -X POST -H 'Expect:' -H 'Content-Type: application/x-ndjson' "$url")
  printf '%s\t%s| { IFS= read -r line; date +%%s%%N; cat > /dev/null; date +%%s%%N; }\n' "$key" "$(printf '%q ' "${curl_cmd[@]}")" >> "$RAW/commands.tsv"
  local start times first last
  start=$(date +%s%N)
  # The first answer line's time, then the last's: the whole upload comes from a file, so the client costs
  # almost no CPU and the second figure is the service's own bulk throughput on the shared cores.
  times=$("${curl_cmd[@]}" 2>> "$LOGS/bulk.log" | { IFS= read -r _; date +%s%N; cat > /dev/null; date +%s%N; })
  first=${times%%$'\n'*}
  last=${times##*$'\n'}
  printf '{"count": %d, "first_line_ms": %s, "total_ms": %s}\n' "$count" "$(( (first - start) / 1000 )).0e-3" "$(( (last - start) / 1000 )).0e-3" > "$out"
  node -e 'const fs=require("fs");const f=process.argv[1];const o=JSON.parse(fs.readFileSync(f));o.first_line_ms=Math.round(o.first_line_ms*100)/100;o.total_ms=Math.round(o.total_ms*100)/100;o.orders_per_s=Math.round(o.count/(o.total_ms/1000));fs.writeFileSync(f,JSON.stringify(o))' "$out"
  log "curl first line ($count orders): $(cat "$out")"
}

# A file of warm carts (one JSON body per line) for wrk.
write_bodies() {
  local kind=$1 count=$2 out=$3
  node --input-type=module -e "
    import { bodyGenerator, loadItemCodes } from '$TOOLS/carts.mjs';
    import { writeFileSync } from 'node:fs';
    const next = bodyGenerator('$kind', loadItemCodes('$CATALOG'), { seed: $SEED });
    writeFileSync('$out', Array.from({ length: $count }, next).join('\n') + '\n');"
}

# Sum of a metric's series at a /metrics URL (label filters optional), e.g. metric_sum URL otp_erp_requests_total.
metric_sum() {
  local url=$1; shift
  node --input-type=module -e "
    import { scrape, sumSeries } from '$TOOLS/stats.mjs';
    const s = await scrape('$url');
    console.log(s ? sumSeries(s, ...process.argv.slice(1)) : 'null');" "$@"
}
