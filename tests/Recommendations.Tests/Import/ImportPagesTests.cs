using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Import;

/// <summary>The business team's import screens: upload once, fix a row, import every row or none; a draft is its uploader's.</summary>
public sealed partial class ImportPagesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string PlanWithABadDate =
        "Recommendation,Key Actions,Evidence,Key Outcome(s),Lead Officer,Date\r\n"
        + "Share information about risk,Audit referrals,Audit report,Fewer missed referrals,\"Named Nurse, East Lancashire Hospitals Trust\",31/12/2010\r\n"
        + ",Brief officers,,,\"Detective Inspector, Lancashire Constabulary\",On advice from legal services\r\n";

    [Fact]
    public async Task A_csv_with_a_bad_row_is_uploaded_once_imports_nothing_until_the_row_is_fixed_then_imports_every_row()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, reference) = await NewSourceAsync(business);

        var draft = await UploadAsync(business, sourceId, PlanWithABadDate);
        var preview = WebUtility.HtmlDecode(await business.GetStringAsync(new Uri(draft, UriKind.Relative)));
        preview.ShouldContain("These are the columns of a review's action plan");
        preview.ShouldContain("2 rows, 1 with errors");
        preview.ShouldContain("\u201cOn advice from legal services\u201d is not a date");
        preview.ShouldContain("East Lancashire Hospitals Trust");
        preview.ShouldContain($"href=\"{draft}/rows/3\"");

        var refused = await business.PostFormAsync($"{draft}?handler=Import", [], formPage: draft);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await refused.Content.ReadAsStringAsync();
        summary.ShouldContain("govuk-error-summary");
        summary.ShouldContain("1 row has errors: fix it before importing. Nothing has been imported.");
        summary.ShouldContain("href=\"#row-3\"");
        (await ActionsAsync(reference)).ShouldBe(0, "nothing is saved while a row has an error");

        var fixPage = $"{draft}/rows/3";
        var stillBad = await business.PostFormAsync(fixPage, Row("", "Brief officers", "Detective Inspector, Lancashire Constabulary", "Whenever"));
        stillBad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await stillBad.Content.ReadAsStringAsync();
        again.ShouldContain("govuk-error-summary");
        again.ShouldContain("href=\"#dueDate\"");
        again.ShouldContain("value=\"Whenever\"", customMessage: "what was typed is shown again");

        var fixedRow = await business.PostFormAsync(fixPage, Row("", "Brief officers", "Detective Inspector, Lancashire Constabulary", "31/01/2011"));
        fixedRow.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fixedRow.Headers.Location!.ToString().ShouldBe(draft);
        (await business.GetStringAsync(new Uri(draft, UriKind.Relative))).ShouldContain("2 rows, 0 with errors");

        var imported = await business.PostFormAsync($"{draft}?handler=Import", [], formPage: draft);
        imported.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        imported.Headers.Location!.ToString().ShouldBe($"/recommendations/our-actions?sourceId={sourceId}&sort=source");
        (await business.GetStringAsync(imported.Headers.Location)).ShouldContain("1 recommendation and 2 actions imported from plan.csv.");
        (await ActionsAsync(reference)).ShouldBe(2);
        (await fixture.Database.ColumnAsync($"SELECT a.due_on::text FROM recommendations.key_actions a JOIN recommendations.sources s ON s.id = a.source_id WHERE s.reference = '{reference}' ORDER BY a.number"))
            .ShouldBe(["2010-12-31", "2011-01-31"]);
        (await business.GetAsync(new Uri(draft, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the draft is deleted once imported");
    }

    [Fact]
    public async Task An_upload_without_a_plan_or_with_an_unreadable_file_shows_what_is_wrong_and_keeps_nothing()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var drafts = await DraftsAsync();

        var bare = await PostUploadAsync(business, null, null);
        bare.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await bare.Content.ReadAsStringAsync();
        page.ShouldContain("href=\"#sourceId\">Choose the plan to import the actions into");
        page.ShouldContain("href=\"#file\">Choose the action plan file");

        var (sourceId, _) = await NewSourceAsync(business);
        var unreadable = await PostUploadAsync(business, sourceId, ("plan.xlsx", "not a workbook"u8.ToArray()));
        unreadable.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unreadable.Content.ReadAsStringAsync()).ShouldContain("not an Excel workbook");
        (await DraftsAsync()).ShouldBe(drafts);
    }

    [Fact]
    public async Task A_draft_is_only_its_uploaders_and_cancelling_it_deletes_it()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, reference) = await NewSourceAsync(business);
        var draft = await UploadAsync(business, sourceId, PlanWithABadDate);
        var id = draft.Split('/')[^1];

        await fixture.Database.ScalarAsync<int>($"UPDATE recommendations.import_drafts SET created_by = gen_random_uuid() WHERE id = '{id}' RETURNING 1");
        foreach (var page in new[] { draft, $"{draft}/rows/3", $"{draft}/cancel" })
        {
            (await business.GetAsync(new Uri(page, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }
        var mine = await UploadAsync(business, sourceId, PlanWithABadDate);
        var importOthers = await business.PostFormAsync($"{draft}?handler=Import", [], formPage: mine);
        importOthers.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await business.GetStringAsync(new Uri($"{mine}/cancel", UriKind.Relative))).ShouldContain("Are you sure you want to cancel this import?");
        var cancelled = await business.PostFormAsync($"{mine}/cancel", []);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await business.GetStringAsync(cancelled.Headers.Location)).ShouldContain("The import of plan.csv was cancelled: nothing was imported.");
        (await business.GetAsync(new Uri(mine, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ActionsAsync(reference)).ShouldBe(0);
    }

    [Fact]
    public async Task An_agency_lead_cannot_open_the_import_screens()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var (sourceId, _) = await NewSourceAsync(business);
        var draft = await UploadAsync(business, sourceId, PlanWithABadDate);
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);

        foreach (var page in new[] { "/recommendations/import", draft, $"{draft}/rows/3", $"{draft}/cancel" })
        {
            (await lead.GetAsync(new Uri(page, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }
        (await business.GetStringAsync(new Uri("/recommendations", UriKind.Relative))).ShouldContain("href=\"/recommendations/import\"");
        (await lead.GetStringAsync(new Uri("/recommendations", UriKind.Relative))).ShouldNotContain("/recommendations/import");
    }

    private static Dictionary<string, string> Row(string recommendation, string keyAction, string leadOfficer, string dueDate) => new()
    {
        ["recommendation"] = recommendation,
        ["keyAction"] = keyAction,
        ["evidence"] = "",
        ["expectedOutcome"] = "",
        ["leadOfficer"] = leadOfficer,
        ["leadAgency"] = "",
        ["dueDate"] = dueDate,
    };

    /// <summary>Uploads through the page's form and answers the draft's address it redirects to.</summary>
    private static async Task<string> UploadAsync(HttpClient client, Guid sourceId, string csv)
    {
        var response = await PostUploadAsync(client, sourceId, ("plan.csv", Encoding.UTF8.GetBytes(csv)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var draft = response.Headers.Location!.ToString();
        DraftAddress().IsMatch(draft).ShouldBeTrue(draft);
        return draft;
    }

    private static async Task<HttpResponseMessage> PostUploadAsync(HttpClient client, Guid? sourceId, (string Name, byte[] Content)? file)
    {
        var page = await client.GetStringAsync(new Uri("/recommendations/import", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(sourceId?.ToString() ?? ""), "SourceId" },
        };
        if (file is { } upload)
        {
            var content = new ByteArrayContent(upload.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "file", upload.Name);
        }
        return await client.PostAsync(new Uri("/recommendations/import", UriKind.Relative), form);
    }

    private async Task<long> ActionsAsync(string reference) =>
        await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM recommendations.key_actions a JOIN recommendations.sources s ON s.id = a.source_id WHERE s.reference = '{reference}'");

    private async Task<long> DraftsAsync() => await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.import_drafts");

    private static async Task<(Guid Id, string Reference)> NewSourceAsync(HttpClient business)
    {
        var reference = "IMP-" + Guid.NewGuid().ToString("N")[..8];
        var response = await business.PostAsJsonAsync("/api/recommendations/sources", new { kind = "ThematicReview", reference, title = "Imported plan", sourceDate = "2010-09-14" });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), reference);
    }

    [GeneratedRegex("^/recommendations/import/[0-9a-f-]{36}$")]
    private static partial Regex DraftAddress();
}
