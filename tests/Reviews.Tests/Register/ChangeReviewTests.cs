using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Register;

public sealed class ChangeReviewTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Adding_a_review_on_the_page_shows_every_error_and_saves_nothing_until_it_is_right()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var invalid = await client.PostFormAsync("/reviews/add", new() { ["Reference"] = "SCR-2010-01", ["Type"] = "LocalCspr", ["NotifiedOn.Day"] = "31", ["NotifiedOn.Month"] = "2", ["NotifiedOn.Year"] = "2024" });

        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await invalid.Content.ReadAsStringAsync();
        page.ShouldContain("There is a problem");
        page.ShouldContain("must be a real date");

        var duplicate = await client.PostFormAsync("/reviews/add", new()
        {
            ["Reference"] = "scr-2010-01", ["Type"] = "LocalCspr", ["Subject"] = "Child Z",
            ["IncidentKnownOn.Day"] = "1", ["IncidentKnownOn.Month"] = "2", ["IncidentKnownOn.Year"] = "2024",
            ["NotifiedOn.Day"] = "5", ["NotifiedOn.Month"] = "2", ["NotifiedOn.Year"] = "2024",
        });
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("A review with the reference scr-2010-01 already exists");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.reviews WHERE subject = 'Child Z'")).ShouldBe(0);

        var added = await client.PostFormAsync("/reviews/add", new()
        {
            ["Reference"] = "CSPR-2024-09", ["Type"] = "LocalCspr", ["Subject"] = "Child Z",
            ["IncidentKnownOn.Day"] = "1", ["IncidentKnownOn.Month"] = "2", ["IncidentKnownOn.Year"] = "2024",
            ["NotifiedOn.Day"] = "5", ["NotifiedOn.Month"] = "2", ["NotifiedOn.Year"] = "2024",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(added.Headers.Location)).ShouldContain("Child Z");
    }

    [Fact]
    public async Task The_api_moves_holds_and_resumes_a_review_and_refuses_an_invalid_move()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var created = await client.PostAsJsonAsync("/api/reviews", new { reference = "TR-2024-01", type = "ThematicReview", subject = "Neglect", commissionedOn = "2024-01-08" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var publishTooSoon = await client.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "Published", on = "2024-02-01" });
        publishTooSoon.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await publishTooSoon.Content.ReadAsStringAsync()).ShouldContain("cannot move to published");

        var started = await client.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "InProgress", on = "2024-02-01" });
        started.StatusCode.ShouldBe(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var noReason = await client.PostAsJsonAsync($"/api/reviews/{id}/holds", new { process = "CoronersInquest", on = "2024-03-01", lookAgainOn = "2024-09-01" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync($"/api/reviews/{id}/holds", new { process = "CoronersInquest", reason = "Inquest opened and adjourned", on = "2024-03-01", lookAgainOn = "2024-09-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"/api/reviews/{id}/resume", new { on = "2024-09-02" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var review = await client.GetFromJsonAsync<JsonElement>($"/api/reviews/{id}");
        review.GetProperty("stage").GetString().ShouldBe("InProgress");
        review.GetProperty("holds")[0].GetProperty("days").GetInt32().ShouldBe(185);
        review.GetProperty("timeline").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task A_resumption_the_lifecycle_refuses_is_linked_to_the_resume_forms_own_date()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var created = await client.PostAsJsonAsync("/api/reviews", new { reference = "TR-2024-07", type = "ThematicReview", subject = "Neglect", commissionedOn = "2024-01-08" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/reviews/{id}/holds", new { process = "PoliceInvestigation", reason = "Investigation open", on = "2024-03-01", lookAgainOn = "2024-06-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.PostFormAsync($"/reviews/review/{id}?handler=Resume", new() { ["resumedOn.Day"] = "1", ["resumedOn.Month"] = "2", ["resumedOn.Year"] = "2024" }, $"/reviews/review/{id}");

        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("<a href=\"#resumedOn\">The review cannot resume before its hold started</a>");
        page.ShouldContain("id=\"resumedOn\"");
    }

    [Fact]
    public async Task A_stale_copy_gets_a_conflict_message_not_an_overwrite()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var created = await client.PostAsJsonAsync("/api/reviews", new { reference = "PR-2024-01", type = "PeerReview", subject = "Early help", commissionedOn = "2024-01-08" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/reviews/{id}")).GetProperty("version").GetUInt32();

        (await client.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "InProgress", on = "2024-02-01", version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await client.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "Draft", on = "2024-03-01", version });

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this review");
    }

    [Fact]
    public async Task Only_the_business_team_changes_reviews()
    {
        var id = (await fixture.Database.ColumnAsync("SELECT id FROM reviews.reviews WHERE reference = 'RR-LIVE-01'")).Single();
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);

        (await lead.PostAsJsonAsync($"/api/reviews/{id}/moves", new { stage = "RapidReview", on = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lead.PostAsJsonAsync("/api/reviews", new { reference = "X-1", type = "ThematicReview", subject = "X", commissionedOn = "2024-01-08" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lead.GetAsync(new Uri("/reviews/add", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<string>($"SELECT stage FROM reviews.reviews WHERE id = '{id}'")).ShouldBe("Notified");
    }
}
