using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Reporting;

public sealed class ReviewsFeedFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public PartnershipHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = new PartnershipHost(Database.ConnectionString, ReportingFeedClient.Settings);
        Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The Reviews set of the reporting feed: the register, as each reader may see it, filtered in SQL.</summary>
public sealed class ReviewsFeedTests(ReviewsFeedFixture fixture) : IClassFixture<ReviewsFeedFixture>
{
    private static Task<List<JsonElement>> RowsAsync(HttpClient client, string query) => client.RowsAsync("Reviews" + query);

    [Fact]
    public async Task The_register_is_published_with_its_enumerations_as_text_and_filters_on_them_in_SQL()
    {
        var analyst = fixture.Host.Feed(SignIn.Analyst);
        var all = await RowsAsync(analyst, "");
        var total = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.reviews");
        all.Count.ShouldBe((int)total);
        var childH = all.Single(r => r.GetProperty("Subject").GetString() == "Child H");
        childH.GetProperty("Type").GetString().ShouldBe("SeriousCaseReview");
        childH.GetProperty("Stage").ValueKind.ShouldBe(JsonValueKind.String);

        var cspr = await RowsAsync(analyst, "?$filter=" + Uri.EscapeDataString("Type eq 'LocalCspr' and startswith(Reference,'CSPR')") + "&$orderby=Reference desc&$select=Reference,Type,DecidedOn");
        cspr.ShouldNotBeEmpty();
        cspr.ShouldAllBe(r => r.GetProperty("Type").GetString() == "LocalCspr");
        cspr.Select(r => r.GetProperty("Reference").GetString()).ShouldBe(cspr.Select(r => r.GetProperty("Reference").GetString()).OrderDescending(StringComparer.Ordinal));
        var expected = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.reviews WHERE type = 'LocalCspr' AND reference LIKE 'CSPR%'");
        cspr.Count.ShouldBe((int)expected);

        var held = await RowsAsync(analyst, "?$filter=IsHeld");
        var heldInDatabase = await fixture.Database.ScalarAsync<long>("SELECT count(DISTINCT review_id) FROM reviews.holds WHERE ended_on IS NULL");
        held.Count.ShouldBe((int)heldInDatabase);
    }

    [Fact]
    public async Task An_agency_lead_reads_only_the_reviews_their_agency_is_involved_in()
    {
        var housing = await RowsAsync(fixture.Host.Feed(SignIn.HousingLead), "?$select=Reference");
        var references = housing.Select(r => r.GetProperty("Reference").GetString()).ToList();
        references.ShouldContain("TR-2013-01");
        references.ShouldNotContain("OFSTED-2011-12");
        var involved = await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM reviews.review_agencies ra JOIN platform.users u ON u.agency_id = ra.agency_id WHERE u.email = 'housing.lead@demo.example'");
        references.Count.ShouldBe((int)involved);
    }
}
