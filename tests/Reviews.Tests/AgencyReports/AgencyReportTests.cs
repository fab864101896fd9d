using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.AgencyReports;

public sealed class AgencyReportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly string DueLater = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_report_is_requested_submitted_sent_back_resubmitted_and_accepted_and_every_step_is_kept()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var leo = await ApiSteps.ReviewIdAsync(fixture.Database, "CSPR-2019-05");
        var hospital = await ApiSteps.AgencyIdAsync(fixture.Database, "East Lancashire Hospitals Trust");
        var housing = await ApiSteps.AgencyIdAsync(fixture.Database, "Blackburn with Darwen Council housing strategy and housing needs");

        var tooEarly = await business.PostAsJsonAsync($"/api/reviews/{leo}/agency-reports", new { agencyId = hospital, kind = "IndividualManagementReview", dueOn = "2019-10-01" });
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooEarly.Content.ReadAsStringAsync()).ShouldContain("The due date must be on or after 7 October 2019, when the review began");
        var notInvolved = await business.PostAsJsonAsync($"/api/reviews/{leo}/agency-reports", new { agencyId = housing, kind = "IndividualManagementReview", dueOn = DueLater });
        (await notInvolved.Content.ReadAsStringAsync()).ShouldContain("Select an agency involved in the review");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.agency_reports WHERE review_id = '{leo}' AND agency_id IN ('{hospital}', '{housing}')")).ShouldBe(0);

        var requested = await business.PostAsJsonAsync($"/api/reviews/{leo}/agency-reports", new { agencyId = hospital, kind = "IndividualManagementReview", dueOn = DueLater });
        requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var id = (await requested.JsonAsync()).GetProperty("id").GetGuid();
        (await business.PostAsJsonAsync($"/api/reviews/{leo}/agency-reports", new { agencyId = hospital, kind = "IndividualManagementReview", dueOn = DueLater })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var ours = await lead.GetFromJsonAsync<JsonElement>("/api/reviews/agency-reports");
        ours.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("state").GetString().ShouldBe("Requested");

        var submitted = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("Our contacts with Leo's family.", "Leo IMR.pdf", ApiSteps.Pdf));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var version = (await submitted.JsonAsync()).GetProperty("version").GetUInt32();

        var noComment = await business.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/changes", new { resubmitBy = DueLater, version });
        (await noComment.Content.ReadAsStringAsync()).ShouldContain("Enter what the agency should change");
        var sentBack = await business.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/changes", new { comment = "Say what the health visitor knew of the father.", resubmitBy = DueLater, version });
        sentBack.StatusCode.ShouldBe(HttpStatusCode.OK, await sentBack.Content.ReadAsStringAsync());
        var asLead = await lead.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}");
        asLead.GetProperty("state").GetString().ShouldBe("ChangesRequested");
        asLead.GetProperty("changesComment").GetString().ShouldBe("Say what the health visitor knew of the father.");

        var resubmitted = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("Our contacts, with the father's.", "Leo IMR v2.pdf", ApiSteps.Pdf, asLead.GetProperty("version").GetUInt32()));
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.OK, await resubmitted.Content.ReadAsStringAsync());
        var accepted = await business.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/acceptance", new { version = (await resubmitted.JsonAsync()).GetProperty("version").GetUInt32() });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());

        var report = await business.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}");
        report.GetProperty("state").GetString().ShouldBe("Accepted");
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString())
            .ShouldBe(["Requested", "Submitted", "ChangesRequested", "Submitted", "Accepted"]);
        report.GetProperty("steps")[1].GetProperty("recordedBy").GetString().ShouldBe(SignIn.HealthLead);
        report.GetProperty("steps")[4].GetProperty("recordedBy").GetString().ShouldBe(SignIn.Business);
        var download = await lead.GetAsync(new Uri(report.GetProperty("document").GetProperty("href").GetString()!, UriKind.Relative));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(ApiSteps.Pdf);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.documents WHERE file_name LIKE 'Leo IMR%'")).ShouldBe(2);
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_saved()
    {
        var (id, _) = await RequestedAsync("CSPR-2019-05", "Lancashire Constabulary", "AgencySummary");
        var lead = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var documents = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.documents");

        var program = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("Our summary.", "summary.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]));
        var empty = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("", "summary.pdf", ApiSteps.Pdf));

        program.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await program.Content.ReadAsStringAsync()).ShouldContain("The selected file must be a PDF, Word, Excel");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Enter a summary of your agency's report");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.documents")).ShouldBe(documents);
        (await fixture.Database.ScalarAsync<string>($"SELECT state FROM reviews.agency_reports WHERE id = '{id}'")).ShouldBe("Requested");
    }

    [Fact]
    public async Task Another_agency_gets_404_for_the_report_and_its_file_and_the_scrutineer_reads_but_changes_nothing()
    {
        var (id, _) = await RequestedAsync("OFSTED-2011-12", "East Lancashire Hospitals Trust", "AgencySummary");
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var submitted = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("Our summary.", "summary.pdf", ApiSteps.Pdf));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var href = (await lead.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}")).GetProperty("document").GetProperty("href").GetString()!;

        foreach (var other in new[] { SignIn.PoliceLead, SignIn.Practitioner })
        {
            var client = await fixture.Host.SignedInAsync(other);
            (await client.GetAsync(new Uri($"/api/reviews/agency-reports/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.GetAsync(new Uri($"/reviews/agency-reports/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("Not ours.", "x.pdf", ApiSteps.Pdf))).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.GetFromJsonAsync<JsonElement>("/api/reviews/agency-reports")).EnumerateArray().ShouldNotContain(r => r.GetProperty("id").GetGuid() == id);
        }

        var scrutineer = await fixture.Host.SignedInAsync(SignIn.Scrutineer);
        (await scrutineer.GetAsync(new Uri(href, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var version = (await scrutineer.GetFromJsonAsync<JsonElement>($"/api/reviews/agency-reports/{id}")).GetProperty("version").GetUInt32();
        (await scrutineer.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/acceptance", new { version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scrutineer.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("No.", "x.pdf", ApiSteps.Pdf, version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<string>($"SELECT state FROM reviews.agency_reports WHERE id = '{id}'")).ShouldBe("Submitted");
    }

    [Fact]
    public async Task A_stale_copy_gets_a_conflict_message_not_an_overwrite()
    {
        var (id, version) = await RequestedAsync("CSPR-2019-02", "Lancashire Constabulary", "IndividualManagementReview");
        var lead = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var first = await lead.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/submission", ApiSteps.Submission("First.", "first.pdf", ApiSteps.Pdf, version));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var current = (await first.JsonAsync()).GetProperty("version").GetUInt32();
        (await business.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/changes", new { comment = "More detail, please.", resubmitBy = DueLater, version = current })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await business.PostAsJsonAsync($"/api/reviews/agency-reports/{id}/acceptance", new { version = current });

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this report");
        (await fixture.Database.ScalarAsync<string>($"SELECT state FROM reviews.agency_reports WHERE id = '{id}'")).ShouldBe("ChangesRequested");
    }

    private async Task<(Guid Id, uint Version)> RequestedAsync(string reference, string agency, string kind)
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var review = await ApiSteps.ReviewIdAsync(fixture.Database, reference);
        var requested = await business.PostAsJsonAsync($"/api/reviews/{review}/agency-reports", new { agencyId = await ApiSteps.AgencyIdAsync(fixture.Database, agency), kind, dueOn = DueLater });
        requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var json = await requested.JsonAsync();
        return (json.GetProperty("id").GetGuid(), json.GetProperty("version").GetUInt32());
    }
}
