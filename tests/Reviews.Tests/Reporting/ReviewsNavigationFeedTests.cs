using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reporting;

/// <summary>The Reviews module's navigations: a review's themes, agency reports, learning and deadlines, and back.</summary>
public sealed class ReviewsNavigationFeedTests(ReviewsFeedFixture fixture) : IClassFixture<ReviewsFeedFixture>
{
    private static Task<List<JsonElement>> RowsAsync(HttpClient client, string url) => client.RowsAsync(url);

    [Fact]
    public async Task A_review_expands_to_each_of_its_related_sets()
    {
        var reviews = await RowsAsync(fixture.Host.Feed(SignIn.Analyst),
            "Reviews?$select=ReviewId&$expand=ReviewThemes($expand=Theme($select=Name)),AgencyReports($select=State),LearningItems($select=Kind),Deadlines($select=Deadline,Status)");

        int Count(string navigation) => reviews.Sum(r => r.GetProperty(navigation).GetArrayLength());
        Count("ReviewThemes").ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.review_themes"));
        Count("AgencyReports").ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.agency_reports"));
        Count("LearningItems").ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.learning_items"));
        Count("Deadlines").ShouldBe((await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "ReviewDeadlines")).Count);
        reviews.SelectMany(r => r.GetProperty("ReviewThemes").EnumerateArray())
            .ShouldAllBe(t => !string.IsNullOrEmpty(t.GetProperty("Theme").GetProperty("Name").GetString()));
    }

    [Fact]
    public async Task Reviews_are_filtered_by_the_name_of_a_theme_through_the_bridge()
    {
        var theme = await fixture.Database.ScalarAsync<string>("SELECT t.name FROM reviews.themes t JOIN reviews.review_themes rt ON rt.theme_id = t.id ORDER BY t.name LIMIT 1");
        var themeId = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM reviews.themes WHERE name = '{theme}'");

        var tagged = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Reviews?$select=ReviewId&$filter=" + Uri.EscapeDataString($"ReviewThemes/any(t: t/ThemeId eq {themeId})"));
        var byName = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Reviews?$select=ReviewId&$filter=" + Uri.EscapeDataString($"ReviewThemes/any(t: t/Theme/Name eq '{theme}')"));
        var byTheme = await RowsAsync(fixture.Host.Feed(SignIn.Analyst), "Themes?$filter=" + Uri.EscapeDataString($"Name eq '{theme}'") + "&$expand=ReviewThemes($select=ReviewId)");

        tagged.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.review_themes WHERE theme_id = '{themeId}'"));
        tagged.ShouldNotBeEmpty();
        byName.Select(r => r.GetProperty("ReviewId").GetString()).ShouldBe(tagged.Select(r => r.GetProperty("ReviewId").GetString()), ignoreOrder: true);
        byTheme.Single().GetProperty("ReviewThemes").EnumerateArray().Select(t => t.GetProperty("ReviewId").GetString()).Order()
            .ShouldBe(tagged.Select(r => r.GetProperty("ReviewId").GetString()).Order());
    }

    [Fact]
    public async Task An_agency_lead_expands_a_review_to_their_own_agencys_reports_only()
    {
        var agency = (await fixture.Database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{SignIn.HealthLead}'")).ToString();
        var reviews = await RowsAsync(fixture.Host.Feed(SignIn.HealthLead), "Reviews?$expand=AgencyReports($select=AgencyId)");

        var reports = reviews.SelectMany(r => r.GetProperty("AgencyReports").EnumerateArray()).ToList();
        reports.ShouldAllBe(r => r.GetProperty("AgencyId").GetString() == agency);
        reports.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.agency_reports WHERE agency_id = '{agency}'"));
        (await RowsAsync(fixture.Host.Feed(SignIn.HealthLead), $"Reviews?$filter=AgencyReports/any(a: a/AgencyId ne {agency})")).ShouldBeEmpty();
    }
}
