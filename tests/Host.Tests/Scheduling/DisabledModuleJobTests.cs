using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Scheduling;

/// <summary>A switched-off module's jobs are neither scheduled nor listed, including jobs it had before it was switched off.</summary>
public sealed class DisabledModuleJobTests : IAsyncLifetime
{
    private const string SampleJobsSql = "SELECT count(*) FROM scheduler.qrtz_job_details WHERE job_group = 'Sample'";
    private const string SampleTriggersSql = "SELECT count(*) FROM scheduler.qrtz_triggers WHERE job_group = 'Sample'";
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_disabled_module_has_no_jobs_scheduled_or_listed()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Modules:Sample:Enabled"] = "false" });
        var html = await new JobsPage(await host.SignedInAsync(SignIn.Business, followRedirects: true)).ReadAsync();

        JobsPage.Row(html, "Sample", "Heartbeat").ShouldBeNull();
        JobsPage.Row(html, "Sample", "AlwaysFails").ShouldBeNull();
        (await _database.ScalarAsync<long>(SampleJobsSql)).ShouldBe(0);
    }

    [Fact]
    public async Task With_no_module_switched_on_the_page_says_there_are_no_jobs()
    {
        var noModules = Directory.CreateTempSubdirectory("no-modules-");
        try
        {
            await using var host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Modules:Directory"] = noModules.FullName });
            var html = await new JobsPage(await host.SignedInAsync(SignIn.Business, followRedirects: true)).ReadAsync();

            html.ShouldContain("There are no scheduled jobs");
            html.ShouldNotContain("<table");
        }
        finally
        {
            noModules.Delete();
        }
    }

    [Fact]
    public async Task Switching_a_module_off_removes_its_jobs_at_the_next_start()
    {
        var sameScheduler = new Dictionary<string, string?> { ["Scheduler:InstanceName"] = _database.Name };
        await using (var before = new PartnershipHost(_database.ConnectionString, sameScheduler))
        {
            before.CreateClient();
            (await _database.ScalarAsync<long>(SampleJobsSql)).ShouldBe(2);
        }

        await using var after = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?>(sameScheduler) { ["Modules:Sample:Enabled"] = "false" });
        var html = await new JobsPage(await after.SignedInAsync(SignIn.Business, followRedirects: true)).ReadAsync();

        (await _database.ScalarAsync<long>(SampleJobsSql)).ShouldBe(0);
        (await _database.ScalarAsync<long>(SampleTriggersSql)).ShouldBe(0);
        JobsPage.Row(html, "Sample", "Heartbeat").ShouldBeNull();
    }
}
