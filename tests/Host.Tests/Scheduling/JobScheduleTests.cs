using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Tests.Modules;
using Partnership.Testing;
using Quartz;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Scheduling;

/// <summary>
/// The sample module's Heartbeat job runs at 03:00 unless Modules:Sample:Jobs:Heartbeat:Cron says
/// otherwise. What is scheduled is read from the scheduler the host runs and from the jobs page.
/// </summary>
public sealed class JobScheduleTests : IAsyncLifetime
{
    private const string CronSetting = "Modules:Sample:Jobs:Heartbeat:Cron";
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_module_job_is_scheduled_with_its_default_cron()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, Settings());
        var page = new JobsPage(await host.SignedInAsync(SignIn.Business, followRedirects: true));

        var trigger = await HeartbeatTrigger(host);
        trigger.CronExpressionString.ShouldBe("0 0 3 * * ?");
        trigger.TimeZone.Id.ShouldBe("Europe/London");
        var next = TimeZoneInfo.ConvertTime(trigger.NextFireTimeUtc!.Value, trigger.TimeZone);
        (next.Hour, next.Minute).ShouldBe((3, 0));

        var row = (await page.RowAsync("Sample", "Heartbeat")).ShouldNotBeNull();
        row.ShouldContain("Every day at 03:00");
        row.ShouldContain("0 0 3 * * ?");
        row.ShouldContain("Not run yet");
        row.ShouldNotContain("Set in configuration");
    }

    [Fact]
    public async Task A_cron_in_configuration_replaces_the_default_and_a_changed_one_takes_effect_on_restart()
    {
        await using (var first = new PartnershipHost(_database.ConnectionString, Settings((CronSetting, "0 15 6 * * ?"))))
        {
            var page = new JobsPage(await first.SignedInAsync(SignIn.Business, followRedirects: true));
            (await HeartbeatTrigger(first)).CronExpressionString.ShouldBe("0 15 6 * * ?");
            (await page.RowAsync("Sample", "Heartbeat")).ShouldNotBeNull().ShouldContain("Every day at 06:15");
        }

        await using var second = new PartnershipHost(_database.ConnectionString, Settings((CronSetting, "0 30 7 ? * MON-FRI")));
        var restartedPage = new JobsPage(await second.SignedInAsync(SignIn.Business, followRedirects: true));
        (await HeartbeatTrigger(second)).CronExpressionString.ShouldBe("0 30 7 ? * MON-FRI");
        var row = (await restartedPage.RowAsync("Sample", "Heartbeat")).ShouldNotBeNull();
        row.ShouldContain("Monday to Friday at 07:30");
        row.ShouldContain("Set in configuration");
        (await _database.ScalarAsync<long>("SELECT count(*) FROM scheduler.qrtz_triggers WHERE job_group = 'Sample' AND job_name = 'Heartbeat'")).ShouldBe(1);
    }

    [Fact]
    public async Task An_unchanged_schedule_is_left_as_it_is_on_restart()
    {
        DateTimeOffset firstStart;
        await using (var first = new PartnershipHost(_database.ConnectionString, Settings()))
        {
            first.CreateClient();
            firstStart = (await HeartbeatTrigger(first)).StartTimeUtc;
        }

        await using var second = new PartnershipHost(_database.ConnectionString, Settings());
        second.CreateClient();

        (await HeartbeatTrigger(second)).StartTimeUtc.ShouldBe(firstStart, "the trigger was not stored again, so a firing it missed is not forgotten");
    }

    [Fact]
    public async Task A_firing_missed_while_no_host_ran_runs_when_one_starts()
    {
        await using (var first = new PartnershipHost(_database.ConnectionString, Settings()))
        {
            first.CreateClient();
        }
        // As if every host had been down at 03:00: the firing that was due is now two minutes overdue.
        await _database.ScalarAsync<int>($"UPDATE scheduler.qrtz_triggers SET next_fire_time = {(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(2)).UtcTicks} WHERE job_group = 'Sample' AND job_name = 'Heartbeat'");

        await using var second = new PartnershipHost(_database.ConnectionString, Settings());
        second.CreateClient();

        (await Eventually.Returns(
            () => _database.ScalarAsync<long>("SELECT count(*) FROM sample.job_runs WHERE job = 'Heartbeat'"),
            runs => runs > 0)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_scheduled_firing_is_retried_for_the_same_occurrence()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, Settings(
            ("Modules:Sample:Jobs:AlwaysFails:Cron", "*/5 * * * * ?"),
            ("Scheduler:FirstRetryDelay", "00:00:00.200")));
        host.CreateClient();

        const string FirstOccurrence = "FROM sample.job_runs WHERE job = 'AlwaysFails' ORDER BY occurrence LIMIT 1";
        (await Eventually.Returns(() => _database.ScalarAsync<int?>("SELECT executions " + FirstOccurrence), executions => executions == 3)).ShouldBe(3);
        (await _database.ScalarAsync<int>("SELECT last_attempt " + FirstOccurrence)).ShouldBe(2);
        var occurrence = await _database.ScalarAsync<DateTime>("SELECT occurrence " + FirstOccurrence);
        (occurrence.Second % 5, occurrence.Millisecond).ShouldBe((0, 0), "the retries served the scheduled time, not the instants they ran at");
    }

    [Fact]
    public async Task A_cron_that_is_not_valid_stops_the_start_with_the_setting_to_change()
    {
        var (exitCode, errors) = await StartupErrorTests.RunHost(_database.ConnectionString, ("Modules__Sample__Jobs__Heartbeat__Cron", "every day at noon"));

        exitCode.ShouldBe(1);
        errors.ShouldContain(CronSetting);
        errors.ShouldContain("every day at noon");
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_setting_for_a_job_that_does_not_exist_stops_the_start()
    {
        var (exitCode, errors) = await StartupErrorTests.RunHost(_database.ConnectionString, ("Modules__Sample__Jobs__Hartbeat__Cron", "0 0 3 * * ?"));

        exitCode.ShouldBe(1);
        errors.ShouldContain("Modules:Sample:Jobs:Hartbeat");
        errors.ShouldContain("Jobs of Sample: AlwaysFails, Heartbeat");
    }

    /// <summary>One scheduler name for every host of a test, so that a second host is the same scheduler restarted.</summary>
    private Dictionary<string, string?> Settings(params (string Key, string Value)[] settings)
    {
        var all = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        all["Scheduler:InstanceName"] = _database.Name;
        return all;
    }

    internal static async Task<ICronTrigger> HeartbeatTrigger(PartnershipHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey("Heartbeat", "Sample"));
        return trigger.ShouldBeAssignableTo<ICronTrigger>().ShouldNotBeNull();
    }
}
