using System.Net;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Reporting;

/// <summary>
/// The Recommendations module's navigations: Recommendations to Actions, Actions to their status history
/// and progress updates, and back; an agency lead never reaches another agency's actions through them.
/// </summary>
public sealed class RecommendationsNavigationFeedTests(RecommendationsFeedFixture fixture) : IClassFixture<RecommendationsFeedFixture>
{
    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri("/odata/" + url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<JsonElement> Values(JsonElement page) => [.. page.GetProperty("value").EnumerateArray()];

    private Task<Guid> AgencyOfAsync(string email) =>
        fixture.Database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{email}'");

    [Fact]
    public async Task Recommendations_expand_to_their_actions_and_those_to_their_progress_updates()
    {
        var page = await GetAsync(fixture.Host.Feed(SignIn.Analyst),
            "Recommendations?$select=RecommendationId,Number,Actions&$expand=Actions($select=ActionId,Description;$orderby=Number;$expand=ProgressUpdates($select=Sequence))");

        page.GetProperty("@odata.context").GetString().ShouldBe("http://localhost/odata/$metadata#Recommendations(RecommendationId,Number,Actions,Actions(ActionId,Description,ProgressUpdates(Sequence)))");
        var actions = Values(page).SelectMany(r => r.GetProperty("Actions").EnumerateArray()).ToList();
        actions.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.key_actions"));
        actions.SelectMany(a => a.GetProperty("ProgressUpdates").EnumerateArray()).Count()
            .ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.progress_updates"));
    }

    [Fact]
    public async Task An_action_expands_to_its_recommendation_as_one_object_and_its_history_as_a_list()
    {
        var page = await GetAsync(fixture.Host.Feed(SignIn.Analyst), "Actions?$select=RecommendationId&$expand=Recommendation($select=RecommendationId,Number),StatusHistory($select=ToStatus)");

        foreach (var action in Values(page))
        {
            var recommendation = action.GetProperty("Recommendation");
            recommendation.ValueKind.ShouldBe(JsonValueKind.Object);
            recommendation.GetProperty("RecommendationId").GetString().ShouldBe(action.GetProperty("RecommendationId").GetString());
            action.GetProperty("StatusHistory").ValueKind.ShouldBe(JsonValueKind.Array);
        }
        Values(page).Sum(a => a.GetProperty("StatusHistory").GetArrayLength())
            .ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.status_changes"));
    }

    [Fact]
    public async Task Actions_filter_and_sort_by_a_column_of_their_recommendation()
    {
        var number = await fixture.Database.ScalarAsync<string>("SELECT number FROM recommendations.recommendations ORDER BY number LIMIT 1");

        var actions = Values(await GetAsync(fixture.Host.Feed(SignIn.Analyst),
            "Actions?$select=ActionId&$expand=Recommendation($select=Number,DueOn)&$orderby=Recommendation/DueOn desc&$filter=" + Uri.EscapeDataString($"Recommendation/Number eq '{number}'")));

        actions.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.key_actions a JOIN recommendations.recommendations r ON r.id = a.recommendation_id WHERE r.number = '{number}'"));
        actions.ShouldAllBe(a => a.GetProperty("Recommendation").GetProperty("Number").GetString() == number);
        var dues = actions.Select(a => a.GetProperty("Recommendation").GetProperty("DueOn").GetString()).ToList();
        dues.ShouldBe(dues.OrderDescending(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Blue")]
    [InlineData("Green")]
    public async Task All_and_any_over_actions_filter_the_recommendations(string status)
    {
        var all = Values(await GetAsync(fixture.Host.Feed(SignIn.Analyst), $"Recommendations?$select=RecommendationId&$filter=Actions/all(a: a/ConfirmedStatus eq '{status}')"));
        var any = Values(await GetAsync(fixture.Host.Feed(SignIn.Analyst), $"Recommendations?$select=RecommendationId&$filter=Actions/any(a: a/ConfirmedStatus eq '{status}')"));

        const string actions = "SELECT 1 FROM recommendations.key_actions a WHERE a.recommendation_id = r.id";
        all.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.recommendations r WHERE NOT EXISTS ({actions} AND a.status <> '{status}')"));
        any.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.recommendations r WHERE EXISTS ({actions} AND a.status = '{status}')"));
        any.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(SignIn.HousingLead)]
    [InlineData(SignIn.HealthLead)]
    [InlineData(SignIn.PoliceLead)]
    public async Task An_agency_lead_reaches_only_their_agencys_actions_through_expand_and_lambdas(string lead)
    {
        var agency = (await AgencyOfAsync(lead)).ToString();
        var client = fixture.Host.Feed(lead);

        var expanded = Values(await GetAsync(client, "Recommendations?$expand=Actions($select=LeadAgencyId;$expand=ProgressUpdates($select=AgencyId),StatusHistory($select=LeadAgencyId))"));
        var actions = expanded.SelectMany(r => r.GetProperty("Actions").EnumerateArray()).ToList();
        actions.ShouldAllBe(a => a.GetProperty("LeadAgencyId").GetString() == agency);
        actions.Count.ShouldBe((int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.key_actions WHERE agency_id = '{agency}'"));
        actions.SelectMany(a => a.GetProperty("ProgressUpdates").EnumerateArray()).ShouldAllBe(u => u.GetProperty("AgencyId").GetString() == agency);

        Values(await GetAsync(client, $"Recommendations?$filter=Actions/any(a: a/LeadAgencyId ne {agency})")).ShouldBeEmpty("another agency's actions cannot be probed");
        Values(await GetAsync(client, $"Recommendations?$filter=Actions/all(a: a/LeadAgencyId eq {agency})")).Count
            .ShouldBe((int)await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.recommendations"), "all() sees only the lead's own actions");
        Values(await GetAsync(client, $"ProgressUpdates?$expand=Action($select=LeadAgencyId)"))
            .ShouldAllBe(u => u.GetProperty("Action").GetProperty("LeadAgencyId").GetString() == agency);
    }
}
