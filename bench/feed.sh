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
dotnet build bench/FeedBench -c Release -nologo -clp:ErrorsOnly >/dev/null
# A database of its own: a million actions would change what the other load scripts measure.
database=partnership_feed_bench
source bench/load-host.sh

psql_bench -v rows="$rows" -f bench/generate-actions.sql
dotnet bench/FeedBench/bin/Release/net10.0/FeedBench.dll "$connection" "$base/odata" analyst@demo.example "$reporting_token" "$rows" "$runs" "$host_pid" "${warmup:-60}"
