using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Register;

public sealed class RegisterTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_business_team_sees_every_review_with_its_stage_and_clock()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var html = await client.GetStringAsync(new Uri("/reviews", UriKind.Relative));

        html.ShouldContain("Child H");
        html.ShouldContain("Serious youth violence");
        html.ShouldContain("Add a review");
        html.ShouldContain("Rapid review, due");
    }

    [Fact]
    public async Task An_agency_lead_sees_only_the_reviews_their_agency_is_involved_in()
    {
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        var housing = await fixture.Host.SignedInAsync(SignIn.HousingLead);

        var policeReviews = await References(police, "");
        var housingReviews = await References(housing, "");

        policeReviews.ShouldContain("SCR-2010-01");
        policeReviews.ShouldNotContain("TR-2013-01");
        housingReviews.ShouldContain("TR-2013-01");
        housingReviews.ShouldNotContain("OFSTED-2011-12");
        var hidden = await ReviewId("OFSTED-2011-12");
        (await housing.GetAsync(new Uri($"/api/reviews/{hidden}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await housing.GetAsync(new Uri($"/reviews/review/{hidden}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await housing.GetStringAsync(new Uri("/reviews", UriKind.Relative))).ShouldNotContain("Add a review");
    }

    [Fact]
    public async Task The_register_filters_by_type_and_by_overdue_deadline()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Scrutineer);

        (await References(client, "?type=ThematicReview")).ShouldBe(["TR-2013-01", "TR-2021-02"], ignoreOrder: true);
        (await References(client, "?overdue=true")).ShouldContain("RR-LIVE-01");
        (await References(client, "?overdue=true")).ShouldNotContain("TR-2013-01");
        (await client.GetAsync(new Uri("/api/reviews?type=NotAType", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_review_page_shows_the_clock_the_hold_and_the_timeline()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Scrutineer);

        var html = await client.GetStringAsync(new Uri($"/reviews/review/{await ReviewId("RR-LIVE-01")}", UriKind.Relative));

        html.ShouldContain("Statutory clock");
        html.ShouldContain("Overdue");
        html.ShouldContain("15 working days from notification");
        html.ShouldContain("Timeline");
        html.ShouldNotContain("Record: rapid review held", customMessage: "the scrutineer changes nothing");
    }

    private static async Task<List<string>> References(HttpClient client, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/reviews" + query);
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];
    }

    private async Task<string> ReviewId(string reference) =>
        (await fixture.Database.ColumnAsync($"SELECT id FROM reviews.reviews WHERE reference = '{reference}'")).Single();
}
