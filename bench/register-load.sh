#!/usr/bin/env bash
# The review register under load: 5,000 reviews (with their agencies, and holds on some), 16 concurrent
# signed-in users asking for a filtered register page, p95 latency from wrk. The floor is the same wrk
# run against /health/live on the same host: the cost of a request that does no work.
#
# Usage: [warmup=90] bench/register-load.sh [seconds]   (after ./build.sh build; uses the local cluster of
# ./build.sh run on port 5433, in its own database partnership_bench, or ConnectionStrings__Partnership)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
source bench/load-host.sh

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

load "$(sign_in business@demo.example)" "/reviews?type=RapidReview&overdue=true" "/reviews?year=2021&sort=opened" "/api/reviews?type=LocalCspr&overdue=true"
