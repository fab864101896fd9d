using Microsoft.Extensions.DependencyInjection;
using Partnership.Testing;
using Quartz;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Scheduling;

/// <summary>
/// Two hosts on one database are one clustered scheduler: started together, they agree on one
/// schedule, and each firing of a job runs on one of them, once.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Each_firing_runs_once_across_two_hosts()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduler:InstanceName"] = _database.Name,
            ["Modules:Sample:Jobs:Heartbeat:Cron"] = "* * * * * ?",
        };
        await using var first = new PartnershipHost(_database.ConnectionString, settings);
        await using var second = new PartnershipHost(_database.ConnectionString, settings);
        await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await Eventually.Returns(async () => (await scheduler.QueryClusterNodes()).Count, nodes => nodes == 2)).ShouldBe(2, "both hosts joined the cluster");
        (await _database.ScalarAsync<long>("SELECT count(*) FROM scheduler.qrtz_triggers WHERE job_group = 'Sample' AND job_name = 'Heartbeat'")).ShouldBe(1);

        (await Eventually.Returns(
            () => _database.ScalarAsync<long>("SELECT count(*) FROM sample.job_runs WHERE job = 'Heartbeat'"),
            occurrences => occurrences >= 8)).ShouldBeGreaterThanOrEqualTo(8);
        await first.DisposeAsync();
        await second.DisposeAsync();

        var runTwice = await _database.ColumnAsync("SELECT occurrence FROM sample.job_runs WHERE job = 'Heartbeat' AND executions > 1");
        runTwice.ShouldBeEmpty("no scheduled fire time ran on both hosts");
    }
}
