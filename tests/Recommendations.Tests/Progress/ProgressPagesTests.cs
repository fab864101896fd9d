using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Progress;

public sealed class ProgressPagesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Recording_progress_on_the_page_shows_the_errors_keeps_the_text_and_then_saves_the_evidence()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var actionId = await AmberActionOf(health);
        var path = $"/recommendations/action/{actionId}";

        var invalid = await PostAsync(health, path, new() { ["Narrative"] = "Audit under way", ["ReportedOn.Day"] = "31", ["ReportedOn.Month"] = "2", ["ReportedOn.Year"] = "2026", ["UpdatesSeen"] = "0" }, ("tool.pdf", "MZ not a pdf"u8.ToArray()));
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await invalid.Content.ReadAsStringAsync();
        page.ShouldContain("There is a problem");
        page.ShouldContain("The date of this update must be a real date");
        page.ShouldContain("Audit under way");

        var wrongFile = await PostAsync(health, path, Fields("Audit under way"), ("tool.pdf", "MZ not a pdf"u8.ToArray()));
        (await wrongFile.Content.ReadAsStringAsync()).ShouldContain("tool.pdf: The selected file must be a PDF");

        var saved = await PostAsync(health, path, Fields("Audit under way"), ("audit.txt", "Audit of 20 referrals"u8.ToArray()));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await health.GetStringAsync(new Uri(path, UriKind.Relative));
        after.ShouldContain("Progress recorded with 1 evidence file");
        after.ShouldContain("audit.txt");
        after.ShouldContain("Awaiting verification");

        // A second officer working from the page as it was before gets a conflict, with their text kept.
        var stale = await PostAsync(health, path, Fields("A second officer's account"), formPage: null, seen: "0");
        var conflict = await stale.Content.ReadAsStringAsync();
        conflict.ShouldContain("Someone else recorded progress on this action after you opened it");
        conflict.ShouldContain("A second officer&#x27;s account");
    }

    [Fact]
    public async Task The_business_team_accepts_from_the_queue_and_a_challenge_needs_a_comment()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var actionId = await TestPlans.NewActionForAsync(business, health, "Amber");
        (await PostAsync(health, $"/recommendations/action/{actionId}", Fields("Done and audited", status: "Green", completed: true))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var queue = await business.GetFromJsonAsync<JsonElement>("/api/recommendations/verification");
        var item = queue.EnumerateArray().Last(i => i.GetProperty("actionId").GetGuid() == actionId);
        var updateId = item.GetProperty("updateId").GetGuid().ToString();

        var bare = await business.PostFormAsync("/recommendations/verify", new() { ["UpdateId"] = updateId, ["Decision"] = "challenge", ["Comment"] = "" });
        (await bare.Content.ReadAsStringAsync()).ShouldContain("Say what the agency needs to show or change");

        var accepted = await business.PostFormAsync("/recommendations/verify", new() { ["UpdateId"] = updateId, ["Decision"] = "accept", ["Version"] = item.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await business.GetStringAsync(new Uri("/recommendations/verify", UriKind.Relative))).ShouldContain("Update accepted: the action is now Green.");
        (await health.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actionId}")).GetProperty("status").GetString().ShouldBe("Green");

        (await health.GetAsync(new Uri("/recommendations/verify", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Our_actions_shows_an_agency_its_own_and_filters_overdue()
    {
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);

        var page = await police.GetStringAsync(new Uri("/recommendations/our-actions?overdue=true", UriKind.Relative));

        page.ShouldContain("<h1 class=\"govuk-heading-xl\">Our actions</h1>");
        page.ShouldContain("1 action");
        page.ShouldContain("children whose parents receive custodial sentences");
        page.ShouldNotContain("East Lancashire Hospitals Trust");
    }

    private static Dictionary<string, string> Fields(string narrative, string status = "Amber", bool completed = false)
    {
        var yesterday = DateTime.UtcNow.AddDays(-1);
        var fields = new Dictionary<string, string>
        {
            ["Narrative"] = narrative,
            ["ReportedOn.Day"] = yesterday.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReportedOn.Month"] = yesterday.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReportedOn.Year"] = yesterday.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ProposedStatus"] = status,
        };
        if (completed)
        {
            fields["ProposedCompleted"] = "true";
        }
        return fields;
    }

    private static async Task<Guid> AmberActionOf(HttpClient client)
    {
        var actions = await client.GetFromJsonAsync<JsonElement>("/api/recommendations/actions?status=Amber");
        return actions.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Posts the page's multipart form as a browser does: its antiforgery token, the fields, the files, and the count of updates the page showed.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, (string Name, byte[] Content)? file = null, string? formPage = null, string? seen = null)
    {
        var page = await client.GetStringAsync(new Uri(formPage ?? path, UriKind.Relative));
        using var form = new MultipartFormDataContent { { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        if (!fields.ContainsKey("UpdatesSeen"))
        {
            fields["UpdatesSeen"] = seen ?? System.Text.RegularExpressions.Regex.Match(page, "name=\"UpdatesSeen\" value=\"(\\d+)\"").Groups[1].Value;
        }
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), name);
        }
        if (file is { } upload)
        {
            form.Add(new ByteArrayContent(upload.Content), "evidence", upload.Name);
        }
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
