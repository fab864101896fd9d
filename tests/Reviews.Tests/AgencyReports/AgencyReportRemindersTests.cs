using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Jobs;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.AgencyReports;

/// <summary>Late flags and the daily reminders, on a clock the test moves: Monday 2 March 2026, 9:00.</summary>
public sealed class AgencyReportRemindersTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly AdjustableTime _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
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
    public async Task A_report_due_soon_reminds_the_agency_once_and_a_late_one_tells_the_agency_and_the_business_team_once()
    {
        var business = await _host.SignedInAsync(SignIn.Business);
        var leo = await ApiSteps.ReviewIdAsync(_database, "CSPR-2019-05");
        var police = await ApiSteps.AgencyIdAsync(_database, "Lancashire Constabulary");
        var requested = await business.PostAsJsonAsync($"/api/reviews/{leo}/agency-reports", new { agencyId = police, kind = "IndividualManagementReview", dueOn = "2026-03-06" });
        var id = (await requested.JsonAsync()).GetProperty("id").GetGuid();

        await RunRemindersAsync();
        await RunRemindersAsync();

        (await NoticesAsync($"reviews:agency-report-due-soon:{id}:2026-03-06")).ShouldBe([SignIn.PoliceLead]);
        (await NoticesAsync($"reviews:agency-report-late:{id}:2026-03-06")).ShouldBeEmpty();
        (await business.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}")).GetProperty("late").GetBoolean().ShouldBeFalse();

        _clock.Advance(TimeSpan.FromDays(7));
        business = await _host.SignedInAsync(SignIn.Business);
        (await business.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}")).GetProperty("late").GetBoolean().ShouldBeTrue();
        (await business.GetStringAsync(new Uri($"/reviews/review/{leo}", UriKind.Relative))).ShouldContain("Late");
        (await business.GetStringAsync(new Uri("/reviews?type=LocalCspr", UriKind.Relative))).ShouldContain("1 agency report late");
        (await LateInRegisterAsync(business, leo)).ShouldBe(1);
        (await LateInRegisterAsync(await _host.SignedInAsync(SignIn.HealthLead), leo)).ShouldBe(0, "another agency's late report is not the health lead's to see");

        await RunRemindersAsync();
        await RunRemindersAsync();

        (await NoticesAsync($"reviews:agency-report-late:{id}:2026-03-06")).ShouldBe([SignIn.Business, SignIn.PoliceLead], ignoreOrder: true);
        (await NoticesAsync($"reviews:agency-report-due-soon:{id}:2026-03-06")).ShouldBe([SignIn.PoliceLead]);
    }

    [Fact]
    public async Task The_demo_shows_a_late_agency_summary_for_the_live_rapid_review()
    {
        var lead = await _host.SignedInAsync(SignIn.PoliceLead);

        var ours = await lead.GetFromJsonAsync<JsonElement>("/api/reviews/agency-reports");

        var report = ours.EnumerateArray().Single(r => r.GetProperty("review").GetString() == "RR-LIVE-01");
        report.GetProperty("late").GetBoolean().ShouldBeTrue();
        report.GetProperty("state").GetString().ShouldBe("Requested");
    }

    private static async Task<int> LateInRegisterAsync(HttpClient client, Guid reviewId)
    {
        var register = await client.GetFromJsonAsync<JsonElement>("/api/reviews?type=LocalCspr");
        return register.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == reviewId).GetProperty("lateAgencyReports").GetInt32();
    }

    private async Task RunRemindersAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "ReviewReminders");
        await job.RunAsync(CancellationToken.None);
    }

    private Task<List<string>> NoticesAsync(string key) =>
        _database.ColumnAsync($"SELECT u.email FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE n.key = '{key}' ORDER BY u.email");
}
