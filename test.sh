#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need
# (redis-server for the L2-cache tests, promtool for the metrics-format test), then
# builds and runs `dotnet test Promise.sln`. Usage: ./test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "test.sh: installing ${need[*]} (apt-get)"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The packaged redis-server may start a system instance; the tests start their own on free ports.

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Promise.sln -c Release "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI reads: "N passed, N failed".
awk '/(Passed|Failed)!  *- Failed: / {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$rc"
