using System.Net;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>A query that runs past the time limit is refused with a 400 naming the limit, not a 500.</summary>
public sealed class QueryTimeoutTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    [Fact]
    public async Task A_query_over_the_time_limit_gets_400_naming_QueryTimeout()
    {
        await using var host = new PartnershipHost(feed.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Demo:ReportingToken"] = FeedFixture.Token,
            // No time at all: every query is over the limit.
            ["Reporting:QueryTimeout"] = "00:00:00",
        });
        var client = host.Feed(SignIn.Analyst, FeedFixture.Token);

        using var response = await client.GetAsync(new Uri("/odata/Measurements?$orderby=Note desc&$count=true", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Headers.GetValues("OData-Version").ShouldBe(["4.0"]);
        body.ShouldContain("QueryTimeout");
    }
}
