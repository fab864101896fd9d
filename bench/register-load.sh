#!/usr/bin/env bash
# The review register under load: 5,000 reviews (with their agencies, and holds on some), 16 concurrent
# signed-in users asking for a filtered register page, p95 latency from wrk. The floor is the same wrk
# run against /health/live on the same host: the cost of a request that does no work.
#
# Usage: bench/register-load.sh [seconds]   (after ./build.sh build; uses the local cluster of
# ./build.sh run on port 5433, in its own database partnership_bench, or ConnectionStrings__Partnership)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
host="src/Host/bin/Release/net10.0/Partnership.Host.dll"
server="${ConnectionStrings__Partnership:-Host=127.0.0.1;Port=5433;Username=postgres}"
connection="$server;Database=partnership_bench"
port=5098
base="http://127.0.0.1:$port"
password="bench password for the register load"
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$server")
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d partnership_bench -v ON_ERROR_STOP=1 -q "$@"; }

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'partnership_bench'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$pg_port" -U postgres partnership_bench

(cd src/Host && ConnectionStrings__Partnership="$connection" ASPNETCORE_URLS="$base" Demo__Seed=true Demo__Password="$password" \
  Scheduler__Enabled=false Logging__LogLevel__Default=Warning exec dotnet "../../$host" >/dev/null 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 0.2; done

# 5,000 reviews of every type over ten years, each with two or three agencies; a tenth of them held.
psql_bench <<'SQL'
INSERT INTO reviews.reviews (id, reference, type, subject, summary, stage, incident_known_on, notified_on, rapid_review_on, decided_on, decision, commissioned_on, published_on)
SELECT gen_random_uuid(), 'BENCH-' || lpad(n::text, 5, '0'),
       (ARRAY['RapidReview','LocalCspr','SeriousCaseReview','LocalLearningReview','ThematicReview','PeerReview','Inspection'])[1 + n % 7],
       'Child ' || n, 'Generated for the register benchmark.',
       (ARRAY['Notified','RapidReview','Decided','InProgress','Published'])[1 + n % 5],
       d, d + 3, CASE WHEN n % 5 > 0 THEN d + 20 END, CASE WHEN n % 5 > 1 THEN d + 25 END,
       CASE WHEN n % 5 > 1 THEN 'LocalReview' END, d + 30, CASE WHEN n % 5 = 4 THEN d + 200 END
FROM generate_series(1, 5000) AS n, LATERAL (SELECT date '2016-01-04' + (n * 7 % 3650) AS d) AS dates
ON CONFLICT (reference) DO NOTHING;
INSERT INTO reviews.review_agencies (review_id, agency_id)
SELECT r.id, a.id FROM reviews.reviews r
CROSS JOIN LATERAL (SELECT id FROM platform.agencies ORDER BY md5(r.reference || id::text) LIMIT 2 + (abs(hashtext(r.reference)) % 2)) a
WHERE r.reference LIKE 'BENCH-%'
ON CONFLICT DO NOTHING;
INSERT INTO reviews.holds (id, review_id, process, reason, started_on, look_again_on)
SELECT gen_random_uuid(), r.id, 'CriminalTrial', 'Trial listed', r.decided_on + 10, r.decided_on + 120
FROM reviews.reviews r
WHERE r.reference LIKE 'BENCH-%' AND r.decided_on IS NOT NULL AND abs(hashtext(r.reference)) % 10 = 0
  AND NOT EXISTS (SELECT 1 FROM reviews.holds h WHERE h.review_id = r.id);
ANALYZE;
SQL
echo "reviews in the register: $(psql_bench -tAc 'SELECT count(*) FROM reviews.reviews')"

jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/account/login" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=business@demo.example" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
cookie=$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 } /^#HttpOnly_/ { sub("#HttpOnly_", "", $1); printf "%s=%s; ", $6, $7 }' "$jar")
rm -f "$jar"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/reviews")" = 200 ] || { echo "sign-in failed" >&2; exit 1; }

run() { wrk -t2 -c16 -d"${seconds}s" -s bench/p95.lua -H "Cookie: $cookie" "$1" | tail -1; }
for target in "/reviews?type=RapidReview&overdue=true" "/reviews?year=2021&sort=opened" "/api/reviews?type=LocalCspr&overdue=true"; do
  run "$base$target" >/dev/null # warm up
  echo "$target  $(run "$base$target")"
done
echo "floor /health/live  $(run "$base/health/live")"
