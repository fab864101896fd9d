#!/usr/bin/env bash
# "Our actions" under load: 50,000 key actions under 5,000 recommendations of 500 plans, 1,000 of them the
# hospital trust's; 16 concurrent sessions of the trust's agency lead ask for their actions, filtered.
# The floor is the same wrk run against /health/live on the same host.
#
# Usage: [warmup=90] bench/our-actions-load.sh [seconds]   (after ./build.sh build; uses the local cluster of
# ./build.sh run on port 5433, in its own database partnership_bench, or ConnectionStrings__Partnership)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
source bench/load-host.sh

# Every 50th action is the hospital's (1,000 in all); the rest are spread over the other agencies.
psql_bench <<'SQL'
INSERT INTO recommendations.sources (id, kind, reference, title, source_date)
SELECT gen_random_uuid(), 'Review', 'BENCH-PLAN-' || lpad(n::text, 3, '0'), 'Generated plan ' || n, date '2016-01-04' + n * 7
FROM generate_series(1, 500) AS n
ON CONFLICT (reference) DO NOTHING;
INSERT INTO recommendations.recommendations (id, source_id, number, text, multi_agency, timescale, timescale_months, due_on)
SELECT gen_random_uuid(), s.id, r::text, 'Generated recommendation ' || r || ' of ' || s.reference, true, 'WithinMonths', 6, s.source_date + 182
FROM recommendations.sources s, generate_series(1, 10) AS r
WHERE s.reference LIKE 'BENCH-PLAN-%' AND NOT EXISTS (SELECT 1 FROM recommendations.recommendations x WHERE x.source_id = s.id);
WITH agencies AS (SELECT array_agg(id ORDER BY name) AS others FROM platform.agencies WHERE name <> 'East Lancashire Hospitals Trust'),
     hospital AS (SELECT id FROM platform.agencies WHERE name = 'East Lancashire Hospitals Trust'),
     numbered AS (SELECT r.id, r.source_id, r.due_on, row_number() OVER (ORDER BY r.id) AS k
                  FROM recommendations.recommendations r JOIN recommendations.sources s ON s.id = r.source_id
                  WHERE s.reference LIKE 'BENCH-PLAN-%' AND NOT EXISTS (SELECT 1 FROM recommendations.key_actions a WHERE a.recommendation_id = r.id))
INSERT INTO recommendations.key_actions (id, recommendation_id, source_id, number, description, agency_id, lead_officer, due_on, status, completed)
SELECT gen_random_uuid(), n.id, n.source_id, a, 'Generated action ' || a || ' of recommendation ' || n.k,
       CASE WHEN (n.k * 10 + a) % 50 = 0 THEN (SELECT id FROM hospital) ELSE others[1 + (n.k * 10 + a) % array_length(others, 1)] END,
       'Lead officer ' || a, n.due_on + a * 30,
       (ARRAY['Blue','Green','Amber','Red'])[1 + (n.k + a) % 4], (n.k + a) % 4 < 2
FROM numbered n, agencies, generate_series(1, 10) AS a;
-- Vacuumed as autovacuum would after so many inserts, so an index can answer without the table.
VACUUM ANALYZE;
SQL
echo "actions: $(psql_bench -tAc 'SELECT count(*) FROM recommendations.key_actions'), the hospital's: $(psql_bench -tAc "SELECT count(*) FROM recommendations.key_actions a JOIN platform.agencies g ON g.id = a.agency_id WHERE g.name = 'East Lancashire Hospitals Trust'")"

load "$(sign_in health.lead@demo.example)" "/recommendations/our-actions?overdue=true" "/recommendations/our-actions?status=Amber&sort=source" "/api/recommendations/actions?dueThisMonth=false&page=3"
