using System.Text.RegularExpressions;
using Npgsql;
using Partnership.Host.Startup;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Data;

/// <summary>
/// Applies each schema's pending migrations at start-up, platform first, then refreshes the modules'
/// <see cref="IDerivedData"/>. A PostgreSQL advisory lock makes hosts that start together take turns:
/// the first migrates, the others find nothing to do.
/// Runs in <see cref="StartingAsync"/>, before the scheduler and the web server start.
/// </summary>
internal sealed partial class DatabaseMigrator(
    NpgsqlDataSource dataSource,
    IEnumerable<ModuleDatabase> databases,
    IServiceScopeFactory scopes,
    ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MigrateAsync(cancellationToken);
        }
        catch (NpgsqlException exception)
        {
            throw new StartupException(
                $"The database could not be reached or migrated: {exception.Message}. Check the connection string ConnectionStrings:Partnership " +
                "(environment variable ConnectionStrings__Partnership) and that PostgreSQL is running.", exception);
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AdvisoryLock.RunExclusiveAsync(connection, AdvisoryLock.Migrations, async () =>
        {
            foreach (var database in databases.OrderBy(d => d.Schema == PlatformDbContext.SchemaName ? 0 : 1).ThenBy(d => d.Schema, StringComparer.Ordinal))
            {
                await MigrateSchema(connection, database, cancellationToken);
            }
            await using var scope = scopes.CreateAsyncScope();
            foreach (var derived in scope.ServiceProvider.GetServices<IDerivedData>())
            {
                await derived.RefreshAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task MigrateSchema(NpgsqlConnection connection, ModuleDatabase database, CancellationToken cancellationToken)
    {
        var schema = database.Schema;
        if (!SchemaName().IsMatch(schema))
        {
            throw new StartupException($"'{schema}' is not a valid schema name: use lower-case letters and underscores.");
        }
        await Execute(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {schema}.__migrations (
                id text NOT NULL PRIMARY KEY,
                applied_at timestamp with time zone NOT NULL DEFAULT now())
            """, cancellationToken);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"SELECT id FROM {schema}.__migrations", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        foreach (var script in MigrationScript.For(database).Where(s => !applied.Contains(s.Id)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Execute(connection, script.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand($"INSERT INTO {schema}.__migrations (id) VALUES (@id)", connection))
            {
                record.Parameters.AddWithValue("id", script.Id);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, script.Id, schema);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Applied migration {Migration} to schema {Schema}")]
    private static partial void LogApplied(ILogger logger, string migration, string schema);

    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex SchemaName();
}
