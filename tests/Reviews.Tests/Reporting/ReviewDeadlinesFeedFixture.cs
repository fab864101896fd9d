using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reporting;

/// <summary>
/// A host whose clock the tests move, on the demo partnership plus reviews whose deadlines stand every
/// way a deadline can on Tuesday 1 December 2026: met, met late, overdue, due soon, on time and held.
/// </summary>
public sealed class ReviewDeadlinesFeedFixture : IAsyncLifetime
{
    // Tuesday 1 December 2026, 9am in London.
    public AdjustableTime Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; } = new();

    public PartnershipHost Host { get; private set; } = null!;

    public HttpClient Business { get; private set; } = null!;

    public Guid PoliceOnlyReview { get; private set; }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = new PartnershipHost(Database.ConnectionString,
            new Dictionary<string, string?>(ReportingFeedClient.Settings) { ["Scheduler:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(Time));
        Business = await Host.SignedInAsync(SignIn.Business);
        var police = await Database.AgencyAsync("Lancashire Constabulary");

        // Notified on time; the rapid review was due on 25 November.
        PoliceOnlyReview = await AddCaseReviewAsync("RR-2026-40", "RapidReview", "2026-11-02", "2026-11-04", [police]);
        // Notified a working day late; the rapid review is due on 21 December.
        await AddCaseReviewAsync("CSPR-2026-41", "LocalCspr", "2026-11-20", "2026-11-30", [police]);
        // The rapid review is due on Thursday 3 December, two working days away.
        await AddCaseReviewAsync("SCR-2026-42", "SeriousCaseReview", "2026-11-10", "2026-11-12", [police]);

        // Decided in September and held since October: publication is held, not overdue.
        var held = await AddCaseReviewAsync("LLR-2026-43", "LocalLearningReview", "2026-09-01", "2026-09-03", [police]);
        await DecideAsync(held, "2026-09-18", "2026-09-25");
        await PostAsync($"/api/reviews/{held}/holds", new { process = "CriminalTrial", reason = "The trial is listed for spring.", lookAgainOn = "2027-01-15", on = "2026-10-01" });

        // Decided in April, held for a month, resumed: publication was due on 24 October.
        var late = await AddCaseReviewAsync("CSPR-2026-44", "LocalCspr", "2026-04-01", "2026-04-02", [police]);
        await DecideAsync(late, "2026-04-20", "2026-04-24");
        await PostAsync($"/api/reviews/{late}/holds", new { process = "CoronersInquest", reason = "The inquest was opened.", lookAgainOn = "2026-05-20", on = "2026-05-01" });
        await PostAsync($"/api/reviews/{late}/resume", new { on = "2026-06-01" });

        // Publication due on 10 December: due soon.
        var soon = await AddCaseReviewAsync("CSPR-2026-45", "LocalCspr", "2026-05-27", "2026-05-29", [police]);
        await DecideAsync(soon, "2026-06-05", "2026-06-10");

        // Published within six months of the decision.
        var published = await AddCaseReviewAsync("CSPR-2026-46", "LocalCspr", "2025-12-15", "2025-12-17", [police]);
        await DecideAsync(published, "2026-01-02", "2026-01-05");
        foreach (var (stage, on) in new[] { ("Commissioned", "2026-01-20"), ("InProgress", "2026-02-02"), ("Draft", "2026-04-01"), ("SignedOff", "2026-05-11"), ("Published", "2026-06-01") })
        {
            await PostAsync($"/api/reviews/{published}/moves", new { stage, on });
        }

        // No local review: no publication deadline.
        var noReview = await AddCaseReviewAsync("RR-2026-47", "RapidReview", "2026-10-05", "2026-10-07", [police]);
        await PostAsync($"/api/reviews/{noReview}/moves", new { stage = "RapidReview", on = "2026-10-27" });
        await PostAsync($"/api/reviews/{noReview}/moves", new { stage = "Decided", on = "2026-10-30", decision = "NoLocalReview", reason = "The criteria were not met." });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }

    public async Task<Guid> AddCaseReviewAsync(string reference, string type, string incidentKnownOn, string notifiedOn, Guid[] agencies)
    {
        var created = await Business.PostAsJsonAsync("/api/reviews", new { reference, type, subject = "Child " + reference, incidentKnownOn, notifiedOn, agencyIds = agencies });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DecideAsync(Guid review, string rapidReviewOn, string decidedOn)
    {
        await PostAsync($"/api/reviews/{review}/moves", new { stage = "RapidReview", on = rapidReviewOn });
        await PostAsync($"/api/reviews/{review}/moves", new { stage = "Decided", on = decidedOn, decision = "LocalReview" });
    }

    public async Task PostAsync(string path, object body)
    {
        using var response = await Business.PostAsJsonAsync(path, body);
        response.IsSuccessStatusCode.ShouldBeTrue($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
