using Npgsql;
using Partnership.Host.Data;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Host.Platform.Seeding;

/// <summary>
/// With <c>Demo:Seed=true</c> (what <c>./build.sh run</c> sets), adds the demo partnership after the
/// migrations and before the host serves anything. Never runs in any other configuration.
/// </summary>
internal sealed class SeedRunner(IServiceScopeFactory scopes, IConfiguration configuration, NpgsqlDataSource dataSource) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Seed", defaultValue: false))
        {
            return;
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Hosts starting together seed one at a time; the second finds the data there.
        await AdvisoryLock.RunExclusiveAsync(connection, AdvisoryLock.DemoSeed, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var seed in scope.ServiceProvider.GetServices<ISeedData>().OrderBy(s => s.Order))
            {
                await seed.SeedAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
