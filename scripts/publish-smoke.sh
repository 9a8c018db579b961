#!/usr/bin/env bash
# Publishes Promise.Api with exactly the Dockerfile's publish command, starts the published output on a
# free loopback port in embedded demo mode, checks /health/live, one promise and /metrics, and stops it.
# Exits non-zero on any failure. Usage: scripts/publish-smoke.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-$(mktemp -d)/publish}"
dotnet publish -c Release -o "$out" src/Promise.Api

port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "publish-smoke: no free port found" >&2; exit 1; }
base="http://127.0.0.1:$port"
log="$out/smoke.log"

# Embedded demo mode: no ERPNext settings may leak in from the caller's environment.
env -u ERPNEXT_BASE_URL -u Erp__BaseUrl -u Erp__Mode ASPNETCORE_URLS="$base" dotnet "$out/Promise.Api.dll" >"$log" 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 150); do
  curl -fsS "$base/health/live" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "publish-smoke: the service exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.2
done

fail() { echo "publish-smoke: $1" >&2; cat "$log" >&2; exit 1; }
live=$(curl -fsS "$base/health/live") || fail "/health/live did not answer"
[[ $live == *'"live"'* ]] || fail "/health/live answered: $live"
promise=$(curl -fsS -X POST "$base/otp/promise" -H 'Content-Type: application/json' \
  -d '{"items": [{"item_code": "SKU-001", "qty": 1}]}') || fail "the promise request failed"
[[ $promise == *'"status":"OK"'* ]] || fail "the promise was not OK: $promise"
metrics=$(curl -fsS "$base/metrics") || fail "/metrics did not answer"
grep -q '^otp_requests_total{endpoint="/otp/promise",status="200"} 1' <<<"$metrics" || fail "/metrics did not count the promise"
echo "publish-smoke: OK ($base, $(grep -c . "$log") log line(s))"
