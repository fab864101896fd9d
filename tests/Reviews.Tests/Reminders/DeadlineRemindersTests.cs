using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Reminders;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reminders;

/// <summary>The clock is moved, so the class has its own host on its own database.</summary>
public sealed class DeadlineRemindersTests : IAsyncLifetime
{
    // Tuesday 1 December 2026, 9am in London.
    private readonly AdjustableTime _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TestDatabase _database = new();
    private PartnershipHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(_time));
        _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_missed_rapid_review_is_raised_once_however_often_the_job_runs()
    {
        // Notified Monday 9 November: the rapid review was due 15 working days later, Monday 30 November.
        var id = await AddRapidReviewAsync("RR-2026-31", incidentKnownOn: "2026-11-06", notifiedOn: "2026-11-09");

        await RaiseAsync();
        var secondRun = await RaiseAsync();

        secondRun.ShouldBe(0);
        (await NoticesAsync(id)).ShouldBe(["Missed: Rapid review for RR-2026-31 (Child RR-2026-31)"]);
        var body = await _database.ScalarAsync<string>($"SELECT body FROM platform.notifications WHERE link = '/reviews/review/{id}'");
        body.ShouldBe("Rapid review (15 working days from notification) was due on 30 November 2026 and has not been recorded. Record it on the review's page, or say why it is late.");
    }

    [Fact]
    public async Task A_deadline_due_soon_is_raised_and_raised_again_when_it_is_missed()
    {
        // Notified Thursday 12 November: the rapid review is due Thursday 3 December, two working days away.
        var id = await AddRapidReviewAsync("RR-2026-32", incidentKnownOn: "2026-11-10", notifiedOn: "2026-11-12");

        await RaiseAsync();
        (await NoticesAsync(id)).ShouldBe(["Due soon: Rapid review for RR-2026-32 (Child RR-2026-32)"]);

        _time.Advance(TimeSpan.FromDays(3));
        await RaiseAsync();

        (await NoticesAsync(id)).Count.ShouldBe(2);
        (await NoticesAsync(id)).ShouldContain("Missed: Rapid review for RR-2026-32 (Child RR-2026-32)");
    }

    [Fact]
    public async Task Deadlines_met_or_far_off_raise_nothing()
    {
        var id = await AddRapidReviewAsync("RR-2026-33", incidentKnownOn: "2026-11-23", notifiedOn: "2026-11-25");

        await RaiseAsync();

        (await NoticesAsync(id)).ShouldBeEmpty();
    }

    private async Task<Guid> AddRapidReviewAsync(string reference, string incidentKnownOn, string notifiedOn)
    {
        var client = await _host.SignedInAsync(SignIn.Business);
        var created = await client.PostAsJsonAsync("/api/reviews", new { reference, type = "RapidReview", subject = "Child " + reference, incidentKnownOn, notifiedOn });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<int> RaiseAsync()
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RaiseAsync(CancellationToken.None);
    }

    private async Task<List<string>> NoticesAsync(Guid reviewId)
    {
        var subjects = await _database.ScalarAsync<string[]>(
            $"SELECT coalesce(array_agg(n.subject ORDER BY n.raised_at), '{{}}') FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE n.link = '/reviews/review/{reviewId}' AND u.email = '{SignIn.Business}'");
        return [.. subjects!];
    }
}
