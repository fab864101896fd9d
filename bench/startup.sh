#!/usr/bin/env bash
# Start-up time to ready: how long the host takes from process start until /health/ready answers 200,
# with migrations already applied. The floor is the same process refusing to start at once (no
# connection string): the runtime's own start, measured in the same run because machines are noisy.
#
# Usage: bench/startup.sh [runs]   (after ./build.sh build; uses the local cluster of ./build.sh run,
# or ConnectionStrings__Partnership when set)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
host="src/Host/bin/Release/net10.0/Partnership.Host.dll"
connection="${ConnectionStrings__Partnership:-Host=127.0.0.1;Port=5433;Username=postgres;Database=partnership}"
port=5099

now_ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure_ready() {
  local start pid
  start=$(now_ms)
  (cd src/Host && ConnectionStrings__Partnership="$connection" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Logging__LogLevel__Default=Warning exec dotnet "../../$host" >/dev/null 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.02; done
  echo $(( $(now_ms) - start ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure_floor() {
  local start
  start=$(now_ms)
  ConnectionStrings__Partnership="" dotnet "$host" >/dev/null 2>&1 || true
  echo $(( $(now_ms) - start ))
}

measure_ready >/dev/null # applies any pending migrations, warms the disk cache
ready=(); floor=()
for _ in $(seq "$runs"); do
  ready+=("$(measure_ready)")
  floor+=("$(measure_floor)")
done
ready_median=$(printf '%s\n' "${ready[@]}" | median)
floor_median=$(printf '%s\n' "${floor[@]}" | median)
echo "runs: $runs"
echo "start-up to ready (median): ${ready_median} ms"
echo "runtime floor (median):     ${floor_median} ms"
awk -v r="$ready_median" -v f="$floor_median" 'BEGIN { printf "ratio to floor:             %.1f\n", r / f }'
