using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.SharedKernel.Calendar;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Audit;

public sealed class AuditTrailScreenTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Hospital = "East Lancashire Hospitals Trust";

    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task A_change_in_a_module_and_a_sign_in_both_appear_newest_first_with_what_changed()
    {
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        var id = await CreateNoteAsync(health, "first words");
        (await health.PutAsJsonAsync($"/api/sample/notes/{id}", new { text = "second words" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var business = await Host.SignedInAsync(SignIn.Business);

        var rows = (await AuditPage.OpenAsync(business, $"?Person={Uri.EscapeDataString(SignIn.HealthLead)}")).Rows;

        var updated = rows.Single(r => r.Contains(id.ToString(), StringComparison.Ordinal) && r.Contains("data-action=\"Updated\"", StringComparison.Ordinal));
        var created = rows.Single(r => r.Contains(id.ToString(), StringComparison.Ordinal) && r.Contains("data-action=\"Created\"", StringComparison.Ordinal));
        var signedIn = rows.First(r => r.Contains("data-action=\"SignedIn\"", StringComparison.Ordinal));
        rows.IndexOf(updated).ShouldBeLessThan(rows.IndexOf(created), "newest first");
        rows.IndexOf(created).ShouldBeLessThan(rows.IndexOf(signedIn));
        foreach (var row in new[] { updated, created, signedIn })
        {
            row.ShouldContain(SignIn.HealthLead);
            row.ShouldContain(Hospital);
            row.ShouldContain(UkTime.Date(DateTimeOffset.UtcNow));
        }
        updated.ShouldContain(">Sample<");
        updated.ShouldContain("<strong>Text:</strong>");
        updated.ShouldContain("first words");
        updated.ShouldContain("second words");
        updated.ShouldNotContain("Agency id", Case.Sensitive, "only the fields that changed");
        created.ShouldContain("<strong>Agency id:</strong>");
        created.ShouldContain("first words");
        signedIn.ShouldContain(">Sign-in and administration<");
        signedIn.ShouldContain("Platform user");
    }

    [Fact]
    public async Task Each_filter_narrows_the_entries()
    {
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        var police = await Host.SignedInAsync(SignIn.PoliceLead);
        var hospitalNote = await CreateNoteAsync(health, "hospital note");
        await CreateNoteAsync(police, "police note");
        var business = await Host.SignedInAsync(SignIn.Business);
        var hospital = (await fixture.Database.ColumnAsync($"SELECT id FROM platform.agencies WHERE name = '{Hospital}'"))[0];
        var today = UkTime.Today(TimeProvider.System);

        var everything = (await AuditPage.OpenAsync(business)).Rows;
        var byPerson = (await AuditPage.OpenAsync(business, "?Person=POLICE.lead")).Rows;
        var byRecord = (await AuditPage.OpenAsync(business, $"?EntityType=note&EntityId={hospitalNote.ToString().ToUpperInvariant()}")).Rows;
        var byAgency = (await AuditPage.OpenAsync(business, $"?Agency={hospital}")).Rows;
        var byAction = (await AuditPage.OpenAsync(business, "?Action=signed%20in")).Rows;
        var byModule = (await AuditPage.OpenAsync(business, "?Module=sample")).Rows;
        var onlyToday = (await AuditPage.OpenAsync(business, $"?From.Day={today.Day}&From.Month={today.Month}&From.Year={today.Year}&To.Day={today.Day}&To.Month={today.Month}&To.Year={today.Year}")).Rows;
        var tomorrow = today.AddDays(1);
        var fromTomorrow = await AuditPage.OpenAsync(business, $"?From.Day={tomorrow.Day}&From.Month={tomorrow.Month}&From.Year={tomorrow.Year}");
        var yesterday = today.AddDays(-1);
        var untilYesterday = await AuditPage.OpenAsync(business, $"?To.Day={yesterday.Day}&To.Month={yesterday.Month}&To.Year={yesterday.Year}");

        everything.ShouldContain(r => r.Contains(SignIn.PoliceLead, StringComparison.Ordinal));
        everything.ShouldContain(r => r.Contains(SignIn.HealthLead, StringComparison.Ordinal));
        byPerson.ShouldNotBeEmpty();
        byPerson.ShouldAllBe(r => r.Contains(SignIn.PoliceLead, StringComparison.Ordinal));
        byRecord.Count.ShouldBe(1);
        byRecord[0].ShouldContain("hospital note");
        byAgency.ShouldNotBeEmpty();
        byAgency.ShouldAllBe(r => r.Contains(Hospital, StringComparison.Ordinal));
        byAgency.ShouldNotContain(r => r.Contains("police note", StringComparison.Ordinal));
        byAction.ShouldNotBeEmpty();
        byAction.ShouldAllBe(r => r.Contains("data-action=\"SignedIn\"", StringComparison.Ordinal));
        byModule.ShouldNotBeEmpty();
        byModule.ShouldAllBe(r => r.Contains(">Sample<", StringComparison.Ordinal));
        onlyToday.ShouldContain(r => r.Contains("hospital note", StringComparison.Ordinal));
        fromTomorrow.Rows.ShouldBeEmpty();
        fromTomorrow.Html.ShouldContain("No entries match your search");
        untilYesterday.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Wildcards_typed_in_the_person_box_are_searched_for_as_themselves()
    {
        var business = await Host.SignedInAsync(SignIn.Business);

        (await AuditPage.OpenAsync(business, "?Person=%25")).Rows.ShouldBeEmpty();
        (await AuditPage.OpenAsync(business, "?Person=_")).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Results_come_fifty_to_a_page_with_GOV_UK_pagination()
    {
        var email = SignIn.HousingLead;
        var housing = await Host.SignedInAsync(email);
        for (var i = 0; i < 60; i++)
        {
            await CreateNoteAsync(housing, $"housing note {i:D2}");
        }
        var business = await Host.SignedInAsync(SignIn.Business);
        var query = $"?Person={Uri.EscapeDataString(email)}&EntityType=Note";

        var first = await AuditPage.OpenAsync(business, query);
        var second = await AuditPage.OpenAsync(business, query + "&page=2");
        var beyond = await AuditPage.OpenAsync(business, query + "&page=99");

        first.Html.ShouldContain("60 entries");
        first.Html.ShouldContain("Showing 1 to 50, newest first.");
        first.Rows.Count.ShouldBe(50);
        first.Rows[0].ShouldContain("housing note 59");
        first.Html.ShouldContain("class=\"govuk-pagination\"");
        first.Html.ShouldContain($"href=\"/admin/audit?Person={email}&amp;EntityType=Note&amp;page=2\" rel=\"next\"");
        second.Html.ShouldContain("Showing 51 to 60, newest first.");
        second.Rows.Count.ShouldBe(10);
        second.Rows[^1].ShouldContain("housing note 00");
        second.Html.ShouldContain("aria-label=\"Page 2\" aria-current=\"page\"");
        second.Rows.ShouldAllBe(r => !first.Rows.Contains(r));
        beyond.Rows.ShouldBe(second.Rows, "a page beyond the last shows the last");
    }

    [Theory]
    [InlineData("From.Day=31&From.Month=2&From.Year=2026", "#From_Day", "From date must be a real date")]
    [InlineData("From.Day=1&From.Year=2026", "#From_Month", "From date must include a month")]
    [InlineData("To.Day=1&To.Month=1&To.Year=26", "#To_Year", "Year must include 4 numbers")]
    [InlineData("From.Day=2&From.Month=1&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026", "#To_Day", "To date must be the same as or after 2 January 2026")]
    public async Task A_date_that_cannot_be_used_is_explained_in_the_error_summary(string query, string link, string message)
    {
        var business = await Host.SignedInAsync(SignIn.Business);

        var page = await AuditPage.OpenAsync(business, "?" + query);

        page.ErrorSummary.ShouldContain($"<a href=\"{link}\">{message}</a>");
        page.Html.ShouldContain("<title>Error: Audit trail");
        page.Html.ShouldContain($"id=\"{link[1..]}\"");
        page.Html.ShouldContain("govuk-input--error");
        page.Rows.ShouldBeEmpty();
        var download = await business.GetAsync(new Uri("/admin/audit/csv?" + query, UriKind.Relative));
        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Mistakes_in_both_dates_are_listed_in_the_order_of_the_form()
    {
        var business = await Host.SignedInAsync(SignIn.Business);

        var summary = (await AuditPage.OpenAsync(business, "?From.Day=31&From.Month=2&From.Year=2026&To.Day=1")).ErrorSummary;

        summary.IndexOf("From date must be a real date", StringComparison.Ordinal)
            .ShouldBeLessThan(summary.IndexOf("To date must include a month and year", StringComparison.Ordinal));
        summary.ShouldContain("<a href=\"#To_Month\">");
    }

    [Fact]
    public async Task The_search_downloads_as_CSV_that_Excel_reads_safely_and_the_download_is_recorded()
    {
        // A failed sign-in records whatever was typed as the email.
        await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = "=HYPERLINK(\"x\")", ["Password"] = "a wrong password" });
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        await CreateNoteAsync(health, "a note, with \"quotes\"");
        var business = await Host.SignedInAsync(SignIn.Business);

        var response = await business.GetAsync(new Uri("/admin/audit/csv", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimStart('\uFEFF').ShouldStartWith("When (UK time),When (UTC),Who,Agency,Action,Record type,Record id,Module,Changes,Before,After");
        csv.ShouldContain("\"'=HYPERLINK(\"\"x\"\")\"");
        csv.ShouldContain("Text: a note, with \"\"quotes\"\"");
        lines.Length.ShouldBeGreaterThan(3);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'AuditTrailDownloaded' AND actor = '{SignIn.Business}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_business_team_sees_the_audit_trail()
    {
        foreach (var account in SignIn.DemoAccounts.Where(a => a != SignIn.Business))
        {
            var client = await Host.SignedInAsync(account);
            (await client.GetAsync(new Uri("/admin/audit", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, account);
            (await client.GetAsync(new Uri("/admin/audit/csv", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, account);
        }
    }

    private static async Task<Guid> CreateNoteAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/sample/notes", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
