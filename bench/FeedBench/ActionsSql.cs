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

    /// <summary>The page bench/feed-preview.sh asks the feed for first: Amber actions due since 2020, latest first.</summary>
    public const string Preview =
        $"SELECT {Columns} FROM recommendations.key_actions WHERE status = 'Amber' AND due_on >= DATE '2020-01-01' ORDER BY due_on DESC, id LIMIT 1000";
}
