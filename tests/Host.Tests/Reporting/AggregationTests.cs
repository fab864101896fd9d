using System.Globalization;
using System.Net;
using System.Text.Json;
using Partnership.Modules.Sample;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>
/// $apply with filter, groupby and aggregate, run in PostgreSQL through the feed and compared with the
/// same grouping written in C# over the same rows.
/// </summary>
public sealed class AggregationTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private const string EveryAggregate = "Amount with sum as Amount,Quantity with sum as Quantity,Ratio with average as Ratio,"
        + "MeasuredOn with min as First,MeasuredOn with max as Last,Name with max as LastName,AgencyId with countdistinct as Agencies,$count as Rows";

    [Fact]
    public async Task Groups_by_two_columns_with_every_aggregate_match_the_rows_followed_page_by_page()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), $"/odata/Measurements?$apply=groupby((IsOpen,Name),aggregate({EveryAggregate}))", pageSize: 3);

        var expected = feed.Rows.GroupBy(r => (r.IsOpen, r.Name)).OrderBy(g => g.Key.IsOpen).ThenBy(g => g.Key.Name, StringComparer.Ordinal).ToList();
        pull.Pages.ShouldBeGreaterThan(1, "the groups come a page at a time");
        pull.Rows.Count.ShouldBe(expected.Count);
        foreach (var (row, group) in pull.Rows.Zip(expected))
        {
            row.GetProperty("IsOpen").GetBoolean().ShouldBe(group.Key.IsOpen);
            row.GetProperty("Name").GetString().ShouldBe(group.Key.Name);
            ShouldAggregate(row, [.. group]);
        }
    }

    [Fact]
    public async Task Filters_then_totals_without_groups_give_one_row()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), $"/odata/Measurements?$apply=filter(Quantity gt 0)/filter(IsOpen)/aggregate({EveryAggregate})");

        pull.Rows.ShouldHaveSingleItem();
        ShouldAggregate(pull.Rows[0], [.. feed.Rows.Where(r => r.Quantity > 0 && r.IsOpen)]);
    }

    [Fact]
    public async Task The_totals_of_no_rows_are_one_row_of_zero_counts_and_no_values()
    {
        var page = await FeedFixture.JsonAsync(await feed.Feed().GetAsync(new Uri("/odata/Measurements?$apply=filter(Quantity gt 1000000)/aggregate($count as Rows,AgencyId with countdistinct as Agencies,Amount with max as Largest)", UriKind.Relative)));

        var row = page.GetProperty("value").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("Rows").GetInt32().ShouldBe(0);
        row.GetProperty("Agencies").GetInt32().ShouldBe(0);
        row.GetProperty("Largest").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_context_names_the_set_and_the_properties_and_top_and_skip_page_the_groups()
    {
        using var response = await feed.Feed().GetAsync(new Uri("/odata/Measurements?$apply=groupby((Name),aggregate($count as Rows))&$skip=1&$top=2", UriKind.Relative));
        var page = await FeedFixture.JsonAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.GetProperty("@odata.context").GetString().ShouldEndWith("/odata/$metadata#Measurements(Name,Rows)");
        var expected = feed.Rows.GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Skip(1).Take(2).ToList();
        page.GetProperty("value").EnumerateArray().Select(r => (r.GetProperty("Name").GetString(), r.GetProperty("Rows").GetInt32()))
            .ShouldBe(expected.Select(g => ((string?)g.Key, g.Count())));
        page.TryGetProperty("@odata.nextLink", out _).ShouldBeFalse("$top=2 is met");
    }

    [Fact]
    public async Task Following_the_nextLinks_of_groups_gives_each_group_once_within_skip_and_top()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$apply=groupby((Name),aggregate($count as Rows))&$skip=1&$top=5", pageSize: 2);

        var expected = feed.Rows.GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Skip(1).Take(5).ToList();
        expected.Count.ShouldBe(5, "the rows have more than six names");
        pull.Rows.Select(r => (r.GetProperty("Name").GetString(), r.GetProperty("Rows").GetInt32()))
            .ShouldBe(expected.Select(g => ((string?)g.Key, g.Count())));
        pull.Pages.ShouldBe(3);
    }

    [Fact]
    public async Task An_agency_user_aggregates_only_their_agency_rows()
    {
        var agency = await Measurements.AgencyOfAsync(feed.Database.ConnectionString, SignIn.HealthLead);
        var pull = await FeedReader.AllAsync(feed.Feed(SignIn.HealthLead), "/odata/Measurements?$apply=groupby((AgencyId),aggregate($count as Rows,Amount with sum as Amount))");

        var row = pull.Rows.ShouldHaveSingleItem();
        row.GetProperty("AgencyId").GetGuid().ShouldBe(agency);
        row.GetProperty("Rows").GetInt32().ShouldBe(feed.Rows.Count(r => r.AgencyId == agency));
        row.GetProperty("Amount").GetDecimal().ShouldBe(feed.Rows.Where(r => r.AgencyId == agency).Sum(r => r.Amount));
    }

    private static void ShouldAggregate(JsonElement row, List<MeasurementRow> rows)
    {
        row.GetProperty("Amount").GetDecimal().ShouldBe(rows.Sum(r => r.Amount));
        row.GetProperty("Quantity").GetInt64().ShouldBe(rows.Sum(r => (long?)r.Quantity) ?? 0);
        var ratio = rows.Average(r => r.Ratio);
        if (ratio is null)
        {
            row.GetProperty("Ratio").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            row.GetProperty("Ratio").GetDouble().ShouldBe(ratio.Value, tolerance: 1e-9);
        }
        row.GetProperty("First").GetString().ShouldBe(rows.Min(r => r.MeasuredOn).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        row.GetProperty("Last").GetString().ShouldBe(rows.Max(r => r.MeasuredOn).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        row.GetProperty("LastName").GetString().ShouldBe(rows.Select(r => r.Name).Max(StringComparer.Ordinal));
        row.GetProperty("Agencies").GetInt32().ShouldBe(rows.Select(r => r.AgencyId).Distinct().Count());
        row.GetProperty("Rows").GetInt32().ShouldBe(rows.Count);
    }
}
