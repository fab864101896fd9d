using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Partnership.Host.Data;
using Partnership.Host.Modules;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Health;

/// <summary>A module is ready when every migration of its schema has been applied.</summary>
internal sealed class ModuleHealthCheck(LoadedModule module, IEnumerable<ModuleDatabase> databases, NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = databases.SingleOrDefault(d => d.MigrationsAssembly == module.Assembly);
        if (database is null)
        {
            return HealthCheckResult.Healthy("The module keeps no data.");
        }
        try
        {
            await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {database.Schema}.__migrations");
            var applied = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            var expected = MigrationScript.For(database).Count;
            return applied >= expected
                ? HealthCheckResult.Healthy($"Schema {database.Schema} is migrated ({applied} migrations).")
                : HealthCheckResult.Unhealthy($"Schema {database.Schema} has {applied} of {expected} migrations.");
        }
        catch (NpgsqlException exception)
        {
            return HealthCheckResult.Unhealthy($"Schema {database.Schema} cannot be read: {exception.Message}");
        }
    }
}
