using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.AgencyReports;

/// <summary>The panel and agency report screens, posted to as a browser does.</summary>
public sealed class AgencyReportPagesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_panel_member_is_added_after_the_errors_and_removed_after_a_confirmation()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var frankie = await ApiSteps.ReviewIdAsync(fixture.Database, "CSPR-2019-02");
        var add = $"/reviews/review/{frankie}/panel/add";

        var invalid = await business.PostFormAsync(add, new() { ["Position"] = "Named Nurse" });
        var page = await invalid.Content.ReadAsStringAsync();
        page.ShouldContain("There is a problem");
        page.ShouldContain("Enter the panel member&#x27;s name");
        page.ShouldContain("Select the panel member&#x27;s role");
        page.ShouldContain("value=\"Named Nurse\"");

        var added = await business.PostFormAsync(add, new() { ["Name"] = "Grace Okafor", ["Position"] = "Named Nurse", ["Role"] = "Member" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var review = await business.GetStringAsync(new Uri($"/reviews/review/{frankie}", UriKind.Relative));
        review.ShouldContain("Grace Okafor, Named Nurse");
        var memberId = (await fixture.Database.ColumnAsync($"SELECT id FROM reviews.panel_members WHERE name = 'Grace Okafor'")).Single();

        var remove = $"/reviews/review/{frankie}/panel/{memberId}/remove";
        (await business.GetStringAsync(new Uri(remove, UriKind.Relative))).ShouldContain("Are you sure you want to remove Grace Okafor from the panel?");
        var version = (await fixture.Database.ColumnAsync($"SELECT xmin FROM reviews.panel_members WHERE id = '{memberId}'")).Single();
        (await business.PostFormAsync(remove, new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        review = await business.GetStringAsync(new Uri($"/reviews/review/{frankie}", UriKind.Relative));
        review.ShouldContain("Past panel members (1)");
        review.ShouldContain("No one is on the panel.");
        (await fixture.Database.ScalarAsync<string>($"SELECT removed_by FROM reviews.panel_members WHERE id = '{memberId}'")).ShouldBe(SignIn.Business);
    }

    [Fact]
    public async Task The_lead_submits_on_the_page_with_a_file_and_a_stale_decision_keeps_what_was_typed()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var leo = await ApiSteps.ReviewIdAsync(fixture.Database, "CSPR-2019-05");
        var requested = await business.PostFormAsync($"/reviews/review/{leo}/agency-reports/request", new()
        {
            ["AgencyId"] = (await ApiSteps.AgencyIdAsync(fixture.Database, "East Lancashire Hospitals Trust")).ToString(),
            ["Kind"] = "AgencySummary",
            ["DueOn.Day"] = "1", ["DueOn.Month"] = "10", ["DueOn.Year"] = "2019",
        });
        (await requested.Content.ReadAsStringAsync()).ShouldContain("The due date must be on or after 7 October 2019, when the review began");
        requested = await business.PostFormAsync($"/reviews/review/{leo}/agency-reports/request", new()
        {
            ["AgencyId"] = (await ApiSteps.AgencyIdAsync(fixture.Database, "East Lancashire Hospitals Trust")).ToString(),
            ["Kind"] = "AgencySummary",
            ["DueOn.Day"] = "1", ["DueOn.Month"] = "12", ["DueOn.Year"] = "2019",
        }, $"/reviews/review/{leo}/agency-reports/request");
        requested.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reportPage = requested.Headers.Location!.ToString();

        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var ours = await lead.GetStringAsync(new Uri("/reviews/agency-reports", UriKind.Relative));
        ours.ShouldContain("Our agency reports");
        ours.ShouldContain("Late");
        var refused = await PostFileAsync(lead, reportPage, "Submit", "Our summary.", "summary.pdf", [0x4D, 0x5A, 0x00]);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("The selected file must be a PDF");
        refusedPage.ShouldContain("Our summary.");
        var submitted = await PostFileAsync(lead, reportPage, "Submit", "Our summary.", "summary.pdf", ApiSteps.Pdf);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await lead.GetStringAsync(new Uri(reportPage, UriKind.Relative))).ShouldContain("Your report was submitted");

        var decisionPage = await business.GetStringAsync(new Uri(reportPage, UriKind.Relative));
        var staleVersion = System.Text.RegularExpressions.Regex.Match(decisionPage, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        (await business.PostFormAsync(reportPage + "?handler=Accept", new() { ["Version"] = staleVersion }, reportPage)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await business.PostFormAsync(reportPage + "?handler=Changes", new()
        {
            ["Version"] = staleVersion, ["Comment"] = "Please add the discharge planning meeting.",
            ["ResubmitBy.Day"] = "1", ["ResubmitBy.Month"] = "1", ["ResubmitBy.Year"] = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/reviews/review/{leo}");
        var stalePage = await stale.Content.ReadAsStringAsync();
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        stalePage.ShouldContain("Someone else changed this report after you opened it");
        stalePage.ShouldContain("Accepted");
        stalePage.ShouldContain("What you entered");
        stalePage.ShouldContain("Please add the discharge planning meeting.");
        (await fixture.Database.ScalarAsync<string>($"SELECT state FROM reviews.agency_reports WHERE id = '{reportPage.Split('/')[^1]}'")).ShouldBe("Accepted");
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, string handler, string text, string fileName, byte[] content)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(version), "Version" },
            { new StringContent(text), "Text" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), form);
    }
}
