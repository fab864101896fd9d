using Npgsql;

namespace Partnership.Host.Data;

/// <summary>
/// Start-up work that hosts starting together must take turns at: each holds a PostgreSQL advisory
/// lock of its own while it runs, and the next host finds the work done.
/// </summary>
internal static class AdvisoryLock
{
    // Arbitrary constants, one per kind of work, among this database's advisory locks.
    public const long Migrations = 7_243_001;
    public const long DemoSeed = 7_243_002;
    public const long JobSchedule = 7_243_003;

    public static async Task RunExclusiveAsync(NpgsqlConnection connection, long key, Func<Task> work, CancellationToken cancellationToken)
    {
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({key})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            await work();
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
