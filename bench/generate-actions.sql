-- Generated action plans until recommendations.key_actions holds at least :rows actions: ten actions to a
-- recommendation, a hundred recommendations to a plan, the lead agencies spread over the demo agencies.
-- Usage: psql -v rows=1000000 -f bench/generate-actions.sql
SELECT count(*) AS existing, greatest(0, (:rows - count(*) + 999) / 1000) AS plans FROM recommendations.key_actions \gset
WITH plans AS (
    INSERT INTO recommendations.sources (id, kind, reference, title, source_date)
    SELECT gen_random_uuid(), 'Review', 'BENCH-FEED-' || :existing || '-' || n, 'Generated plan ' || n, date '2012-01-02' + (n * 37 % 5000)
    FROM generate_series(1, :plans) AS n
    RETURNING id, source_date),
recommendations AS (
    INSERT INTO recommendations.recommendations (id, source_id, number, text, multi_agency, timescale, timescale_months, due_on)
    SELECT gen_random_uuid(), p.id, r::text, 'Generated recommendation ' || r, true, 'WithinMonths', 6, p.source_date + 182
    FROM plans p, generate_series(1, 100) AS r
    RETURNING id, source_id, due_on),
agencies AS (SELECT array_agg(id ORDER BY name) AS ids FROM platform.agencies)
INSERT INTO recommendations.key_actions (id, recommendation_id, source_id, number, description, agency_id, lead_officer, lead_officer_role, due_on, status, completed)
SELECT gen_random_uuid(), r.id, r.source_id, a, 'Generated action ' || a || ': review the multi-agency response and report to the partnership board',
       ids[1 + (abs(hashtext(r.id::text)) + a) % array_length(ids, 1)], 'Lead officer ' || a,
       CASE WHEN a % 3 = 0 THEN NULL ELSE 'Named safeguarding lead' END, r.due_on + a * 30,
       (ARRAY['Blue','Green','Amber','Red'])[1 + a % 4], a % 4 < 2
FROM recommendations r, agencies, generate_series(1, 10) AS a;
-- Vacuumed as autovacuum would after so many inserts, so an index can answer without the table.
VACUUM ANALYZE recommendations.key_actions;
