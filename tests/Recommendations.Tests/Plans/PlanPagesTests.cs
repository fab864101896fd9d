using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

/// <summary>The business team's plan screens: a plan, its recommendations and actions built through forms that save nothing until right; setting a status from the action page.</summary>
public sealed partial class PlanPagesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_business_team_builds_a_plan_through_the_pages_putting_an_error_right_each_time()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var reference = "PP-" + Guid.NewGuid().ToString("N")[..8];
        var plan = new Dictionary<string, string> { ["Kind"] = "Inspection", ["Reference"] = reference, ["Title"] = "", ["SourceDate.Day"] = "14", ["SourceDate.Month"] = "9", ["SourceDate.Year"] = "2025" };

        var untitled = await business.PostFormAsync("/recommendations/plans/new", plan);
        await ShouldShowErrorAsync(untitled, "#title", "Enter the source's title");
        (await CountAsync($"SELECT count(*) FROM recommendations.sources WHERE reference = '{reference}'")).ShouldBe(0);

        plan["Title"] = "Joint targeted area inspection";
        var started = await business.PostFormAsync("/recommendations/plans/new", plan);
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planPage = started.Headers.Location!.ToString();
        var sourceId = PlanAddress().Match(planPage).Groups[1].Value;
        sourceId.ShouldNotBeEmpty(planPage);

        var newRecommendation = $"/recommendations/plans/{sourceId}/recommendations/new";
        var recommendation = new Dictionary<string, string> { ["Number"] = "1", ["Text"] = "Share information about risk", ["MultiAgency"] = "true", ["Timescale"] = "WithinMonths", ["TimescaleMonths"] = "" };
        await ShouldShowErrorAsync(await business.PostFormAsync(newRecommendation, recommendation), "#timescaleMonths", "Enter the number of months, from 1 to 120");
        (await CountAsync($"SELECT count(*) FROM recommendations.recommendations WHERE source_id = '{sourceId}'")).ShouldBe(0);

        recommendation["TimescaleMonths"] = "six";
        var inWords = await business.PostFormAsync(newRecommendation, recommendation);
        await ShouldShowErrorAsync(inWords, "#timescaleMonths", "Enter the number of months, from 1 to 120");
        (await inWords.Content.ReadAsStringAsync()).ShouldContain("value=\"six\"", customMessage: "what was typed is shown back for correcting");
        (await CountAsync($"SELECT count(*) FROM recommendations.recommendations WHERE source_id = '{sourceId}'")).ShouldBe(0);

        recommendation["TimescaleMonths"] = "6";
        var added = await business.PostFormAsync(newRecommendation, recommendation);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        added.Headers.Location!.ToString().ShouldBe(planPage);
        var recommendationId = AddActionLink().Match(await business.GetStringAsync(new Uri(planPage, UriKind.Relative))).Groups[1].Value;
        recommendationId.ShouldNotBeEmpty();

        var newAction = $"/recommendations/recommendations/{recommendationId}/actions/new";
        var action = new Dictionary<string, string> { ["Description"] = "Audit referrals", ["LeadAgencyId"] = (await AgencyOfAsync(health)).ToString(), ["LeadOfficer"] = "" };
        await ShouldShowErrorAsync(await business.PostFormAsync(newAction, action), "#leadOfficer", "Enter the lead officer");
        (await CountAsync($"SELECT count(*) FROM recommendations.key_actions WHERE source_id = '{sourceId}'")).ShouldBe(0);

        action["LeadOfficer"] = "Named Nurse";
        var actionAdded = await business.PostFormAsync(newAction, action);
        actionAdded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        actionAdded.Headers.Location!.ToString().ShouldBe(planPage);
        (await fixture.Database.ColumnAsync($"SELECT due_on::text FROM recommendations.key_actions WHERE source_id = '{sourceId}'"))
            .ShouldBe(["2026-03-14"], "an action without a due date is due with its recommendation");

        var page = WebUtility.HtmlDecode(await business.GetStringAsync(new Uri(planPage, UriKind.Relative)));
        page.ShouldContain("Action 1.1 added");
        page.ShouldContain("Joint targeted area inspection");
        page.ShouldContain("Recommendation 1");
        page.ShouldContain("Within 6 months: due 14 March 2026");
        page.ShouldContain("Audit referrals");
        page.ShouldContain("Red");
        page.ShouldContain($"href=\"/recommendations/report?sourceId={sourceId}\"");
        page.ShouldContain($"href=\"/recommendations/import?sourceId={sourceId}\"");
        (await business.GetStringAsync(new Uri("/recommendations", UriKind.Relative))).ShouldContain($"href=\"{planPage}\"");
    }

    [Fact]
    public async Task An_agency_lead_cannot_open_the_plan_pages_or_set_a_status()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Amber");
        var action = await business.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}");
        var sourceId = action.GetProperty("source").GetProperty("id").GetGuid();
        var recommendationId = action.GetProperty("recommendation").GetProperty("id").GetGuid();

        foreach (var page in new[] { "/recommendations/plans/new", $"/recommendations/plans/{sourceId}", $"/recommendations/plans/{sourceId}/recommendations/new", $"/recommendations/recommendations/{recommendationId}/actions/new" })
        {
            (await health.GetAsync(new Uri(page, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }
        var actionPage = $"/recommendations/action/{actionId}";
        (await health.GetStringAsync(new Uri(actionPage, UriKind.Relative))).ShouldNotContain("Set the status");
        var refused = await health.PostFormAsync($"{actionPage}?handler=Status", new() { ["Status"] = "Blue", ["Why"] = "Done" }, formPage: actionPage);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await business.GetStringAsync(new Uri("/recommendations", UriKind.Relative))).ShouldContain("href=\"/recommendations/plans/new\"");
        (await health.GetStringAsync(new Uri("/recommendations", UriKind.Relative))).ShouldNotContain("/recommendations/plans/");
    }

    [Fact]
    public async Task The_business_team_sets_a_status_from_the_action_page_and_a_stale_page_gets_the_conflict_with_its_text_kept()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Red");
        var actionPage = $"/recommendations/action/{actionId}";
        var version = VersionField().Match(await business.GetStringAsync(new Uri(actionPage, UriKind.Relative))).Groups[1].Value;
        version.ShouldNotBeEmpty();
        var changes = await CountAsync($"SELECT count(*) FROM recommendations.status_changes WHERE key_action_id = '{actionId}'");

        var why = new Dictionary<string, string> { ["Status"] = "Amber", ["Why"] = "", ["Version"] = version };
        await ShouldShowErrorAsync(await business.PostFormAsync($"{actionPage}?handler=Status", why, formPage: actionPage), "#why", "Say why the status changes");
        (await CountAsync($"SELECT count(*) FROM recommendations.status_changes WHERE key_action_id = '{actionId}'")).ShouldBe(changes);

        why["Why"] = "Audit begun, two months late";
        var set = await business.PostFormAsync($"{actionPage}?handler=Status", why, formPage: actionPage);
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await business.GetStringAsync(new Uri(actionPage, UriKind.Relative)));
        after.ShouldContain("Status set to Amber");
        after.ShouldContain("Red to Amber");
        after.ShouldContain("Audit begun, two months late");
        (await CountAsync($"SELECT count(*) FROM recommendations.status_changes WHERE key_action_id = '{actionId}'")).ShouldBe(changes + 1);

        var stale = await business.PostFormAsync($"{actionPage}?handler=Status", new() { ["Status"] = "Green", ["Why"] = "Audit finished early", ["Version"] = version }, formPage: actionPage);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        conflict.ShouldContain("govuk-error-summary");
        conflict.ShouldContain("Someone else changed this action after you opened it");
        conflict.ShouldContain(">Audit finished early</textarea>", customMessage: "what was typed is shown again");
        (await health.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("status").GetString().ShouldBe("Amber");
    }

    private static async Task ShouldShowErrorAsync(HttpResponseMessage response, string anchor, string message)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("govuk-error-summary");
        page.ShouldContain($"href=\"{anchor}\">{message}");
    }

    private async Task<long> CountAsync(string sql) => await fixture.Database.ScalarAsync<long>(sql);

    private static async Task<Guid> AgencyOfAsync(HttpClient lead) =>
        (await lead.GetFromJsonAsync<JsonElement>("/api/recommendations/actions")).GetProperty("items")[0].GetProperty("leadAgency").GetProperty("id").GetGuid();

    [GeneratedRegex("^/recommendations/plans/([0-9a-f-]{36})$")]
    private static partial Regex PlanAddress();

    [GeneratedRegex("href=\"/recommendations/recommendations/([0-9a-f-]{36})/actions/new\"")]
    private static partial Regex AddActionLink();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
