using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Server-driven paging while rows are added: a database of its own, because it adds rows.</summary>
public sealed class PagingTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    [Theory]
    [InlineData("$orderby=Amount desc")]
    [InlineData("$orderby=Name,ClosedOn desc")]
    [InlineData("$filter=IsOpen&$orderby=Note")]
    [InlineData("$orderby=IsOpen desc,MeasuredOn")]
    [InlineData("")]
    public async Task Following_the_nextLinks_returns_every_row_once_while_rows_are_added(string query)
    {
        var client = feed.Feed();
        var agencies = await Measurements.AgencyIdsAsync(feed.Database.ConnectionString);
        var existing = feed.Rows.ToList();
        var seen = new List<int>();
        string? next = "/odata/Measurements?" + query;
        var added = 0;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=37");
            using var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            seen.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("MeasurementId").GetInt32()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;

            // Rows that sort before, among and after those already read, with keys below and above.
            var inserted = Measurements.Generate(5, agencies, seed: 1000 + added + query.Length, firstId: 100_000 + (query.Length * 1000) + added);
            await Measurements.InsertAsync(feed.Database.ConnectionString, inserted);
            added += inserted.Count;
        }

        seen.Count.ShouldBe(seen.Distinct().Count(), "no row is repeated");
        var expected = existing.Where(r => query != "$filter=IsOpen&$orderby=Note" || r.IsOpen).Select(r => r.MeasurementId);
        expected.Except(seen).ShouldBeEmpty("no row that was there at the start is missed");
    }

    [Fact]
    public async Task Top_with_paging_stops_at_top_and_the_last_page_has_no_nextLink()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$top=100&$skip=10&$orderby=MeasuredAt desc", pageSize: 30);
        pull.Rows.Count.ShouldBe(100);
        pull.Pages.ShouldBe(4);
        pull.Ids().Distinct().Count().ShouldBe(100);
    }

    [Fact]
    public async Task The_default_page_is_the_maximum_page_size_and_a_larger_preference_is_capped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Measurements");
        request.Headers.Add("Prefer", "odata.maxpagesize=1000000");
        using var response = await feed.Feed().SendAsync(request);
        response.Headers.GetValues("Preference-Applied").ShouldBe(["odata.maxpagesize=20000"]);
    }
}
