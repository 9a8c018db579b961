#!/usr/bin/env bash
# Where does the API spend its time under load? Samples managed thread stacks of a running
# process with dotnet-trace (a dotnet tool; dotnet-counters is not served by this registry)
# and prints the top methods by exclusive and inclusive time.
#   perf/tools/profile.sh PID SECONDS OUT_PREFIX        (run while a load is applied)
# Installs dotnet-trace into $PERF_ARTIFACTS/dtools on first use.
set -euo pipefail
pid=$1 secs=$2 out=$3
tools=${PERF_ARTIFACTS:-/tmp/artifacts/perf}/dtools
if [[ ! -x "$tools/dotnet-trace" ]]; then
  dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$tools" > /dev/null
fi
timeout $((secs + 30)) "$tools/dotnet-trace" collect -p "$pid" --profile dotnet-sampled-thread-time \
  --duration "00:00:$(printf '%02d' "$secs")" -o "$out.nettrace" > "$out.collect.log" 2>&1
{
  echo "## top 25 methods, exclusive time"
  "$tools/dotnet-trace" report "$out.nettrace" topN -n 25
  echo "## top 40 methods, inclusive time"
  "$tools/dotnet-trace" report "$out.nettrace" topN -n 40 --inclusive
} > "$out.top.txt" 2>&1
echo "$out.top.txt"
