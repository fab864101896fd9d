using Npgsql;

/// <summary>
/// The Actions set as plain SQL: the columns the feed serves, in its order, worked out the way the
/// set's query works them out (the status as text, overdue as of today).
/// </summary>
internal static class ActionsSql
{
    public const string Columns =
        "id, recommendation_id, source_id, number, description, agency_id, lead_officer, lead_officer_role, due_on, status, completed, " +
        "due_on < current_date AND status <> 'Blue' AND NOT (status = 'Green' AND completed)";

    public static string Select(long rows) => $"SELECT {Columns} FROM recommendations.key_actions ORDER BY id LIMIT {rows}";

    /// <summary>Adds generated plans until the table holds at least <paramref name="rows"/> actions: ten actions to a recommendation, a hundred recommendations to a plan.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource source, long rows)
    {
        await using var count = source.CreateCommand("SELECT count(*) FROM recommendations.key_actions");
        var existing = (long)(await count.ExecuteScalarAsync())!;
        if (existing >= rows)
        {
            return;
        }
        var plans = (rows - existing + 999) / 1000;
        await using var insert = source.CreateCommand($"""
            WITH plans AS (
                INSERT INTO recommendations.sources (id, kind, reference, title, source_date)
                SELECT gen_random_uuid(), 'Review', 'BENCH-FEED-' || {existing} || '-' || n, 'Generated plan ' || n, date '2012-01-02' + (n % 3000)
                FROM generate_series(1, {plans}) AS n
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
            FROM recommendations r, agencies, generate_series(1, 10) AS a
            """);
        insert.CommandTimeout = 0;
        await insert.ExecuteNonQueryAsync();
        await using var analyze = source.CreateCommand("VACUUM ANALYZE recommendations.key_actions");
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }
}
