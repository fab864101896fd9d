#!/usr/bin/env bash
# The reporting feed's Actions set, two ways. Full pulls of 100,000 rows and then all of them through the
# feed (HTTP, every nextLink followed) against the floor measured in the same run: the same rows and
# columns read with plain Npgsql and written with Utf8JsonWriter, in process to nowhere and served over
# HTTP on loopback as the feed is; with the host's peak memory after each size. Then the writers alone,
# from the same rows in memory: the feed's SetWriter against ODataLib's ODataMessageWriter. Starts the
# host on a bench database with the demo seed, adds generated action plans up to the row count, warms
# up, and prints table rows for RESULTS.md.
#
# Usage: [warmup=60] bench/feed.sh [rows] [runs]   (after ./build.sh build; uses ConnectionStrings__Partnership,
# or the local cluster of ./build.sh run)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
runs="${2:-5}"
server="${ConnectionStrings__Partnership:-Host=127.0.0.1;Port=5433;Username=postgres}"
database="partnership_bench"
connection="$server;Database=$database"
port=5098
token="ph_bench-token-0123456789abcdef"

dotnet build bench/FeedBench -c Release -nologo -clp:ErrorsOnly >/dev/null
psql_host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$server"); psql_port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$server")
psql -h "$psql_host" -p "${psql_port:-5432}" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
  || psql -h "$psql_host" -p "${psql_port:-5432}" -U postgres -c "CREATE DATABASE $database" >/dev/null

ConnectionStrings__Partnership="$connection" ASPNETCORE_URLS="http://127.0.0.1:$port" Demo__Seed=true Scheduler__Enabled=false \
  Demo__Password="bench password for the demo accounts" Demo__ReportingToken="$token" \
  Logging__LogLevel__Default=Warning dotnet src/Host/bin/Release/net10.0/Partnership.Host.dll >/dev/null 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

dotnet bench/FeedBench/bin/Release/net10.0/FeedBench.dll "$connection" "http://127.0.0.1:$port/odata" analyst@demo.example "$token" "$rows" "$runs" "$host" "${warmup:-60}"
