using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Jobs;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

/// <summary>The daily reminders on a clock the test moves, from Monday 28 December 2026 (ISO week 53), 7:00.</summary>
public sealed class DueSoonAndDigestTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly AdjustableTime _clock = new(new DateTimeOffset(2026, 12, 28, 7, 0, 0, TimeSpan.Zero));
    private PartnershipHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = new PartnershipHost(_database.ConnectionString, services: services => services.AddSingleton<TimeProvider>(_clock));
        _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_action_due_within_14_days_is_told_to_its_agency_once_and_the_business_team_gets_one_digest_a_week()
    {
        var business = await _host.SignedInAsync(SignIn.Business);
        var lead = await _host.SignedInAsync(SignIn.HealthLead);
        // Due 24 months after its source's date, 6 January 2025: Wednesday 6 January 2027, nine days away.
        var action = await TestPlans.NewActionForAsync(business, lead, "Amber");

        await RunRemindersAsync();
        await RunRemindersAsync();

        (await NoticesAsync($"recommendations:due-soon:{action}:2027-01-06")).ShouldBe([SignIn.HealthLead]);
        (await NoticesAsync("recommendations:digest:2026-53")).ShouldBe([SignIn.Business]);
        var digest = await _database.ScalarAsync<string>("SELECT body FROM platform.notifications WHERE key = 'recommendations:digest:2026-53'");
        digest.ShouldNotBeNull().ShouldContain("due within 14 days");

        _clock.Advance(TimeSpan.FromDays(1));
        await RunRemindersAsync();
        // Monday 4 January's run fails to happen; Tuesday's gives that week's digest instead.
        _clock.Advance(TimeSpan.FromDays(7));
        await RunRemindersAsync();

        (await NoticesAsync($"recommendations:due-soon:{action}:2027-01-06")).ShouldBe([SignIn.HealthLead], "the same due date is told once");
        (await NoticesAsync("recommendations:digest:2026-53")).ShouldBe([SignIn.Business], "Tuesday brings no second digest");
        (await NoticesAsync("recommendations:digest:2027-1")).ShouldBe([SignIn.Business], "the next week's first run brings the next week's");
    }

    private async Task RunRemindersAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "ActionReminders");
        await job.RunAsync(CancellationToken.None);
    }

    private Task<List<string>> NoticesAsync(string key) =>
        _database.ColumnAsync($"SELECT u.email FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE n.key = '{key}' ORDER BY u.email");
}
