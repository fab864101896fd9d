using System.Diagnostics;
using Npgsql;
using Partnership.Host.Reporting.Output;

/// <summary>
/// The writers alone, from the same rows already in memory (as EF Core gives the feed each row: an array
/// of boxed values) to nowhere: the feed's own <see cref="SetWriter"/> against ODataLib's ODataMessageWriter.
/// </summary>
internal static class WriterRace
{
    public static readonly string[] Names =
        ["ActionId", "RecommendationId", "SourceId", "Number", "Description", "LeadAgencyId", "LeadOfficer", "LeadOfficerRole", "DueOn", "ConfirmedStatus", "IsCompleted", "IsOverdue"];

    public static async Task<List<object?[]>> ReadAsync(NpgsqlDataSource source, int rows)
    {
        await using var command = source.CreateCommand(ActionsSql.Select(rows));
        await using var reader = await command.ExecuteReaderAsync();
        var read = new List<object?[]>(rows);
        while (await reader.ReadAsync())
        {
            read.Add([
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt32(3), reader.GetString(4), reader.GetGuid(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetFieldValue<DateOnly>(8),
                reader.GetString(9), reader.GetBoolean(10), reader.GetBoolean(11)]);
        }
        return read;
    }

    public static async Task<double> FeedWriterAsync(IReadOnlyList<object?[]> rows, int times, string feed)
    {
        Settle();
        var watch = Stopwatch.StartNew();
        var context = new DefaultHttpContext();
        context.Response.Body = Stream.Null;
        await using (var writer = new SetWriter(context.Response, Names, omitNulls: false))
        {
            writer.StartCollection(feed + "/$metadata#Actions", count: null);
            for (var time = 0; time < times; time++)
            {
                foreach (var row in rows)
                {
                    await writer.RowAsync(row, CancellationToken.None);
                }
            }
            await writer.EndCollectionAsync(nextLink: null);
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    public static async Task<double> ODataLibAsync(IReadOnlyList<object?[]> rows, int times, string feed, bool asynchronous)
    {
        Settle();
        var watch = Stopwatch.StartNew();
        await ODataLibPeer.WriteAsync(rows, times, feed, asynchronous);
        return watch.Elapsed.TotalMilliseconds;
    }

    // Each writer starts on a collected heap, so none pays for the garbage of the one before.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
