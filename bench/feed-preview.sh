#!/usr/bin/env bash
# The reporting feed's preview under load: Power BI's query editor asks for the first 1,000 rows with the
# analyst's filter folded and an order. 16 concurrent clients (the analyst's Basic credentials) ask the
# Actions set, a million rows by default, for such a page; p95 latency from wrk. Two floors from the same
# run: the first page read with plain Npgsql and written with Utf8JsonWriter, served over HTTP by FeedBench
# on the same machine (no sign-in, no audit, no query to parse), and /health/live on the host. The target
# is p95 under 50 ms.
#
# Usage: [warmup=90] bench/feed-preview.sh [seconds] [rows]   (after ./build.sh build; uses the local cluster
# of ./build.sh run on port 5433, in its own database partnership_feed_bench, or ConnectionStrings__Partnership)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
rows="${2:-1000000}"
dotnet build bench/FeedBench -c Release -nologo -clp:ErrorsOnly >/dev/null
# A database of its own: a million actions would change what the other load scripts measure.
database=partnership_feed_bench
source bench/load-host.sh

psql_bench -v rows="$rows" -f bench/generate-actions.sql
floor="http://127.0.0.1:5099"
! curl -s -o /dev/null "$floor" || { echo "port 5099 is in use: stop what listens there first" >&2; exit 1; }
dotnet bench/FeedBench/bin/Release/net10.0/FeedBench.dll serve-floor "$connection" "$floor" &
floor_pid=$!
trap 'kill $host_pid $floor_pid 2>/dev/null; wait $host_pid $floor_pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$floor/preview"; do
  kill -0 $floor_pid 2>/dev/null || { echo "the floor server did not start" >&2; exit 1; }
  sleep 0.2
done

basic=$(printf '%s' "analyst@demo.example:$reporting_token" | base64 -w0)
# The first address is the page the floor serves (ActionsSql.Preview).
load "Authorization: Basic $basic" \
  "/odata/Actions?\$filter=ConfirmedStatus%20eq%20'Amber'%20and%20DueOn%20ge%202020-01-01&\$orderby=DueOn%20desc&\$top=1000" \
  "/odata/Actions?\$select=ActionId,Description,LeadAgencyId,DueOn,ConfirmedStatus&\$filter=DueOn%20ge%202024-01-01T00:00:00%2B01:00&\$orderby=DueOn&\$top=1000" \
  "$floor/preview"
