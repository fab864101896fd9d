using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

public sealed class DemoPlansTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("CSPR-SAM-KYLE", "18 actions: 16 Green or Blue, 2 Amber", 2)]
    [InlineData("CSPR-2019-02", "14 actions: 13 Green or Blue, 1 Amber", 1)]
    [InlineData("CSPR-2019-05", "14 actions: 11 Green or Blue, 3 Amber", 3)]
    [InlineData("OFSTED-2011-12", "17 actions: 17 Green or Blue", 0)]
    public async Task The_committee_report_counts_the_demo_plans_as_the_committee_heard_them(string reference, string summary, int amber)
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var sourceId = await SourceId(client, reference);

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/recommendations/report?sourceId={sourceId}");

        var section = report.GetProperty("sources")[0];
        section.GetProperty("counts").GetProperty("summary").GetString().ShouldBe(summary);
        section.GetProperty("amberAndRed").GetArrayLength().ShouldBe(amber);
        section.GetProperty("counts").GetProperty("overdue").GetInt32().ShouldBe(amber, "every open demo action is past its date");
    }

    [Fact]
    public async Task The_demo_plans_are_linked_to_their_reviews_and_the_ofsted_timescales_give_their_due_dates()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/recommendations/sources");
        var ofsted = sources.EnumerateArray().Single(s => s.GetProperty("reference").GetString() == "OFSTED-2011-12");
        var reviewId = (await fixture.Database.ColumnAsync("SELECT id FROM reviews.reviews WHERE reference = 'OFSTED-2011-12'")).Single();
        ofsted.GetProperty("reviewId").GetGuid().ToString().ShouldBe(reviewId);

        var dueDates = await fixture.Database.ColumnAsync(
            "SELECT r.timescale || ':' || coalesce(r.timescale_months, 0) || ':' || r.due_on FROM recommendations.recommendations r JOIN recommendations.sources s ON s.id = r.source_id WHERE s.reference = 'OFSTED-2011-12' GROUP BY 1 ORDER BY 1");
        dueDates.ShouldBe(["Immediately:0:2012-01-20", "WithinMonths:3:2012-04-20", "WithinMonths:6:2012-07-20"]);
    }

    [Fact]
    public async Task The_partnership_report_adds_every_plan_up_and_comes_as_csv_and_a_print_page()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var report = await client.GetFromJsonAsync<JsonElement>("/api/recommendations/report");
        report.GetProperty("totals").GetProperty("total").GetInt32().ShouldBe(17 + 18 + 14 + 14 + 17);
        report.GetProperty("totals").GetProperty("amber").GetInt32().ShouldBe(6);

        var csv = await client.GetAsync(new Uri("/api/recommendations/report.csv", UriKind.Relative));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.ShouldContain("CSPR-SAM-KYLE,Sam and Kyle,18,");
        text.ShouldContain("Survey schools to find out what information they receive");

        var workbook = await client.GetAsync(new Uri("/api/recommendations/report.xlsx", UriKind.Relative));
        var bytes = await workbook.Content.ReadAsByteArrayAsync();
        Partnership.SharedKernel.Documents.DocumentTypes.Recognise("report.xlsx", bytes).ShouldBe(Partnership.SharedKernel.Documents.DocumentTypes.Excel);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
        {
            var summary = System.Xml.Linq.XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            summary.ToString().ShouldContain("18 actions: 16 Green or Blue, 2 Amber");
            var concerns = System.Xml.Linq.XDocument.Load(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
            concerns.Descendants().Count(e => e.Name.LocalName == "row").ShouldBe(1 + 6);
        }

        var page = await client.GetStringAsync(new Uri("/recommendations/report", UriKind.Relative));
        page.ShouldContain("18 actions: 16 Green or Blue, 2 Amber");
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.key_actions");
        using (var again = new PartnershipHost(fixture.Database.ConnectionString))
        {
            again.CreateClient();
        }
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM recommendations.key_actions")).ShouldBe(before);
    }

    [Fact]
    public async Task Agency_staff_list_only_their_agencys_actions_and_those_who_see_everything_list_all()
    {
        var health = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var scrutineer = await fixture.Host.SignedInAsync(SignIn.Scrutineer);

        var healthActions = await health.GetFromJsonAsync<JsonElement>("/api/recommendations/actions?sort=source");
        var agencies = healthActions.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("leadAgency").GetProperty("name").GetString()).Distinct().ToList();
        agencies.ShouldBe(["East Lancashire Hospitals Trust"]);

        var policeAction = (await police.GetFromJsonAsync<JsonElement>("/api/recommendations/actions")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await health.GetAsync(new Uri($"/api/recommendations/actions/{policeAction}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await health.GetAsync(new Uri($"/recommendations/action/{policeAction}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var all = await scrutineer.GetFromJsonAsync<JsonElement>("/api/recommendations/actions");
        all.GetProperty("total").GetInt32().ShouldBe(80);
        var overdue = await scrutineer.GetFromJsonAsync<JsonElement>("/api/recommendations/actions?overdue=true");
        overdue.GetProperty("total").GetInt32().ShouldBe(6);
        overdue.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("overdue").GetBoolean());
    }

    private static async Task<Guid> SourceId(HttpClient client, string reference)
    {
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/recommendations/sources");
        return sources.EnumerateArray().Single(s => s.GetProperty("reference").GetString() == reference).GetProperty("id").GetGuid();
    }
}
