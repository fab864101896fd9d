using System.Net;
using Partnership.Host.Tests.Tokens;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Who reads what through the feed, with which credentials, and the record each pull leaves.</summary>
public sealed class FeedAccessTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    [Theory]
    [InlineData(SignIn.HealthLead)]
    [InlineData(SignIn.PoliceLead)]
    [InlineData(SignIn.Practitioner)]
    public async Task An_agency_user_reads_only_their_agency_rows_of_an_agency_owned_set(string email)
    {
        var agency = await Measurements.AgencyOfAsync(feed.Database.ConnectionString, email);
        var expected = feed.Rows.Where(r => r.AgencyId == agency).Select(r => r.MeasurementId).ToList();

        var pull = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$count=true", pageSize: 40);

        pull.Ids().ShouldBe(expected);
        pull.Count.ShouldBe(expected.Count);
        pull.Rows.ShouldAllBe(r => r.GetProperty("AgencyId").GetGuid() == agency);
        var other = feed.Rows.First(r => r.AgencyId != agency);
        using var lookup = await feed.Feed(email).GetAsync(new Uri($"/odata/Measurements({other.MeasurementId})", UriKind.Relative));
        lookup.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another agency's row is not there for them");
        using var counted = await feed.Feed(email).GetAsync(new Uri("/odata/Measurements/$count", UriKind.Relative));
        (await counted.Content.ReadAsStringAsync()).ShouldBe(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(SignIn.Analyst)]
    [InlineData(SignIn.Business)]
    [InlineData(SignIn.Scrutineer)]
    public async Task Analysts_the_business_team_and_the_scrutineer_read_every_agency_rows(string email)
    {
        var pull = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$select=MeasurementId");
        pull.Ids().Count.ShouldBe(feed.Rows.Count);
    }

    [Fact]
    public async Task A_token_works_as_an_API_key_in_a_parameter_the_analyst_names_and_stops_at_once_when_revoked()
    {
        var browser = await feed.Host.SignedInAsync(SignIn.Analyst);
        var secret = await TokenPages.CreateSecretAsync(browser, "Power BI", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        var anonymous = feed.Host.CreateClient();

        var pull = await FeedReader.AllAsync(anonymous, $"/odata/Measurements?api_key={Uri.EscapeDataString(secret)}&$select=MeasurementId", pageSize: 300);
        pull.Ids().Count.ShouldBe(feed.Rows.Count);
        pull.Pages.ShouldBe(3, "the nextLinks keep the key");
        using var again = await anonymous.GetAsync(new Uri($"/odata/Agencies?key={Uri.EscapeDataString(secret)}&key={Uri.EscapeDataString(secret)}", UriKind.Relative));
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "the same key added twice is one key");
        using var basic = await feed.Feed(SignIn.Analyst, secret).GetAsync(new Uri("/odata/Agencies", UriKind.Relative));
        basic.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var twoNames = await anonymous.GetAsync(new Uri($"/odata/Agencies?api_key={Uri.EscapeDataString(secret)}&other=1", UriKind.Relative));
        twoNames.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var id = await TokenPages.IdAsync(browser, "Power BI");
        (await browser.PostFormAsync($"/account/tokens/{id}/revoke", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var refused = await anonymous.GetAsync(new Uri($"/odata/Agencies?api_key={Uri.EscapeDataString(secret)}", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Basic");
        using var refusedBasic = await feed.Feed(SignIn.Analyst, secret).GetAsync(new Uri("/odata/Agencies", UriKind.Relative));
        refusedBasic.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_cookie_is_not_a_way_into_the_feed()
    {
        var browser = await feed.Host.SignedInAsync(SignIn.Business);
        using var response = await browser.GetAsync(new Uri("/odata/Agencies", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Each_pull_is_recorded_with_who_which_set_and_how_many_rows()
    {
        await FeedReader.AllAsync(feed.Feed(SignIn.Scrutineer), "/odata/Agencies?$filter=" + Uri.EscapeDataString("startswith(Name,'Lancashire')"));

        var detail = await feed.Database.ScalarAsync<string>(
            $"SELECT after->>'detail' FROM platform.audit_entries WHERE action = 'ReportingFeedRead' AND entity_type = 'Agencies' AND actor = '{SignIn.Scrutineer}' ORDER BY occurred_at DESC LIMIT 1");
        detail.ShouldNotBeNull().ShouldStartWith("1 rows");
        detail.ShouldContain("$filter=startswith(Name,'Lancashire')");
    }

    [Fact]
    public async Task Using_a_token_all_day_records_its_last_use_now_and_then_not_on_every_request()
    {
        var before = await feed.Database.ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE entity_type = 'ReportingToken' AND action <> 'ReportingTokenCreated'");
        for (var i = 0; i < 5; i++)
        {
            (await feed.Feed(SignIn.HousingLead).GetAsync(new Uri("/odata/Agencies", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var after = await feed.Database.ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE entity_type = 'ReportingToken' AND action <> 'ReportingTokenCreated'");
        (after - before).ShouldBeLessThanOrEqualTo(1);
        (await feed.Database.ScalarAsync<DateTime?>($"SELECT last_used_at FROM platform.reporting_tokens t JOIN platform.users u ON u.id = t.user_id WHERE u.email = '{SignIn.HousingLead}'")).ShouldNotBeNull();
    }
}
