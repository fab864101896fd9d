using System.Net;
using System.Text.Json;
using Partnership.Modules.Sample;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>
/// <c>$expand</c>, <c>any</c>/<c>all</c> and related columns over the sample module's navigations SameDay (the
/// measurements of the same day) and Twin (the measurement numbered by the row's quantity), checked against
/// the same questions asked of the rows in memory.
/// </summary>
public sealed class ExpandTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private const string Root = "http://localhost/odata/";

    private async Task<JsonElement> GetAsync(string query, string email = SignIn.Analyst)
    {
        using var response = await feed.Feed(email).GetAsync(new Uri("/odata/Measurements?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private List<MeasurementRow> SameDay(MeasurementRow row) =>
        [.. feed.Rows.Where(r => r.MeasuredOn == row.MeasuredOn).OrderBy(r => r.MeasurementId)];

    private MeasurementRow? Twin(MeasurementRow row, Guid? agency = null) =>
        feed.Rows.SingleOrDefault(r => r.MeasurementId == row.Quantity && (agency is null || r.AgencyId == agency));

    private MeasurementRow Row(JsonElement element) => feed.Rows.Single(r => r.MeasurementId == element.GetProperty("MeasurementId").GetInt32());

    private static List<int> Ids(JsonElement rows) => [.. rows.EnumerateArray().Select(r => r.GetProperty("MeasurementId").GetInt32())];

    [Fact]
    public async Task An_expanded_collection_holds_every_related_row_with_every_column_null_included()
    {
        var page = await GetAsync("$expand=SameDay&$top=50&$orderby=MeasurementId");

        page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements");
        foreach (var element in page.GetProperty("value").EnumerateArray())
        {
            var related = element.GetProperty("SameDay");
            Ids(related).ShouldBe(SameDay(Row(element)).Select(r => r.MeasurementId));
            related.EnumerateArray().Select(r => r.EnumerateObject().Count()).ShouldAllBe(count => count == 12, "every column, null included");
        }
    }

    [Fact]
    public async Task Nested_select_filter_orderby_top_and_skip_apply_to_the_related_rows()
    {
        var page = await GetAsync("$select=MeasurementId,SameDay&$expand=SameDay($select=Name,Amount;$filter=Amount gt 0;$orderby=Amount desc;$skip=1;$top=2)&$top=300");

        page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements(MeasurementId,SameDay,SameDay(Name,Amount))");
        foreach (var element in page.GetProperty("value").EnumerateArray())
        {
            element.EnumerateObject().Select(p => p.Name).ShouldBe(["MeasurementId", "SameDay"]);
            var expected = SameDay(Row(element)).Where(r => r.Amount > 0).OrderByDescending(r => r.Amount).ThenBy(r => r.MeasurementId).Skip(1).Take(2).ToList();
            var related = element.GetProperty("SameDay").EnumerateArray().ToList();
            related.Select(r => r.GetProperty("Amount").GetDecimal()).ShouldBe(expected.Select(r => r.Amount));
            related.ShouldAllBe(r => r.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "Name", "Amount" }));
        }
    }

    [Theory]
    [InlineData("$expand=SameDay", "Measurements")]
    [InlineData("$expand=*", "Measurements")]
    [InlineData("$select=Name&$expand=SameDay", "Measurements(Name)")]
    [InlineData("$expand=SameDay($select=Name)", "Measurements(SameDay(Name))")]
    [InlineData("$select=Name,SameDay&$expand=SameDay($select=Name)", "Measurements(Name,SameDay,SameDay(Name))")]
    [InlineData("$select=Name&$expand=SameDay($select=Name;$expand=SameDay($select=Amount))", "Measurements(Name,SameDay(Name,SameDay(Amount)))")]
    [InlineData("$select=Name&$expand=SameDay($expand=SameDay($select=Amount))", "Measurements(Name,SameDay(SameDay(Amount)))")]
    public async Task The_context_URL_lists_selections_in_the_OData_4_0_form_never_an_empty_pair_of_parentheses(string query, string context)
    {
        var page = await GetAsync(query + "&$top=1");
        page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#" + context);
    }

    [Fact]
    public async Task One_row_by_key_carries_its_expansion_and_the_entity_context()
    {
        var row = feed.Rows[10];
        using var response = await feed.Feed().GetAsync(new Uri($"/odata/Measurements({row.MeasurementId})?$select=Name&$expand=SameDay($select=MeasurementId)", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements(Name,SameDay(MeasurementId))/$entity");
        Ids(body.GetProperty("SameDay")).ShouldBe(SameDay(row).Select(r => r.MeasurementId));
    }

    [Fact]
    public async Task Two_levels_of_expand_are_served()
    {
        var page = await GetAsync("$select=MeasurementId&$expand=SameDay($select=MeasurementId;$expand=SameDay($select=MeasurementId))&$top=20");
        foreach (var element in page.GetProperty("value").EnumerateArray())
        {
            var expected = SameDay(Row(element)).Select(r => r.MeasurementId).ToList();
            foreach (var related in element.GetProperty("SameDay").EnumerateArray())
            {
                Ids(related.GetProperty("SameDay")).ShouldBe(expected);
            }
        }
    }

    [Fact]
    public async Task Following_every_next_link_with_expand_returns_each_row_once_with_its_related_rows()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$orderby=MeasuredOn desc&$expand=SameDay($select=MeasurementId)", pageSize: 97);

        pull.Pages.ShouldBeGreaterThan(5);
        pull.Ids().Order().ShouldBe(feed.Rows.Select(r => r.MeasurementId).Order());
        foreach (var element in pull.Rows)
        {
            Ids(element.GetProperty("SameDay")).ShouldBe(SameDay(Row(element)).Select(r => r.MeasurementId));
        }
    }

    [Fact]
    public async Task A_single_navigation_is_an_object_or_null()
    {
        var page = await GetAsync("$select=MeasurementId&$expand=Twin($select=MeasurementId,Note)");

        page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements(MeasurementId,Twin(MeasurementId,Note))");
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        foreach (var element in rows)
        {
            var twin = element.GetProperty("Twin");
            var expected = Twin(Row(element));
            if (expected is null)
            {
                twin.ValueKind.ShouldBe(JsonValueKind.Null);
                continue;
            }
            twin.GetProperty("MeasurementId").GetInt32().ShouldBe(expected.MeasurementId);
            twin.GetProperty("Note").GetString().ShouldBe(expected.Note);
        }
        rows.ShouldContain(r => r.GetProperty("Twin").ValueKind == JsonValueKind.Null);
        rows.ShouldContain(r => r.GetProperty("Twin").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task Rows_filter_and_page_by_a_column_of_the_row_a_navigation_leads_to()
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$select=MeasurementId&$orderby=Twin/Amount desc&$filter=" + Uri.EscapeDataString("Twin/IsOpen or Twin/Name eq 'Alpha'"), pageSize: 41);

        var expected = feed.Rows.Where(r => Twin(r) is { } twin && (twin.IsOpen || twin.Name == "Alpha"))
            .OrderByDescending(r => Twin(r)!.Amount).ThenBy(r => r.MeasurementId).Select(r => r.MeasurementId);
        pull.Pages.ShouldBeGreaterThan(2);
        pull.Ids().ShouldBe(expected);
    }

    [Theory]
    [InlineData("SameDay/any(m: m/Amount gt 1400)")]
    [InlineData("SameDay/all(m: m/IsOpen)")]
    [InlineData("SameDay/any()")]
    [InlineData("IsOpen and not SameDay/any(m: m/MeasurementId ne $it/MeasurementId)")]
    [InlineData("SameDay/any(m: m/MeasurementId ne $it/MeasurementId and m/Name eq $it/Name)")]
    [InlineData("SameDay/any(m: m/SameDay/all(n: n/Amount gt -400))")]
    public async Task Any_and_all_filter_as_the_same_conditions_over_the_rows_in_memory(string filter)
    {
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$select=MeasurementId&$filter=" + Uri.EscapeDataString(filter));
        var expected = feed.Rows.Where(row => filter switch
        {
            "SameDay/any(m: m/Amount gt 1400)" => SameDay(row).Any(m => m.Amount > 1400),
            "SameDay/all(m: m/IsOpen)" => SameDay(row).All(m => m.IsOpen),
            "SameDay/any()" => SameDay(row).Count > 0,
            "IsOpen and not SameDay/any(m: m/MeasurementId ne $it/MeasurementId)" => row.IsOpen && !SameDay(row).Any(m => m.MeasurementId != row.MeasurementId),
            "SameDay/any(m: m/MeasurementId ne $it/MeasurementId and m/Name eq $it/Name)" => SameDay(row).Any(m => m.MeasurementId != row.MeasurementId && m.Name == row.Name),
            _ => SameDay(row).Any(m => SameDay(m).All(n => n.Amount > -400)),
        }).Select(r => r.MeasurementId).Order().ToList();

        expected.ShouldNotBeEmpty();
        pull.Ids().Order().ShouldBe(expected);
    }

    [Fact]
    public async Task A_lambda_works_inside_an_expanded_filter()
    {
        var page = await GetAsync("$select=MeasurementId&$expand=SameDay($select=MeasurementId;$filter=SameDay/all(n: n/IsOpen))&$top=200");
        foreach (var element in page.GetProperty("value").EnumerateArray())
        {
            var expected = SameDay(Row(element)).Where(m => SameDay(m).All(n => n.IsOpen)).Select(r => r.MeasurementId);
            Ids(element.GetProperty("SameDay")).ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData(SignIn.HealthLead)]
    [InlineData(SignIn.PoliceLead)]
    public async Task An_agency_user_never_sees_another_agencys_rows_through_expand_or_a_lambda(string email)
    {
        var agency = await Measurements.AgencyOfAsync(feed.Database.ConnectionString, email);
        var own = feed.Rows.Where(r => r.AgencyId == agency).ToList();

        var expanded = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$expand=SameDay($select=MeasurementId,AgencyId)");
        expanded.Ids().Order().ShouldBe(own.Select(r => r.MeasurementId).Order());
        foreach (var element in expanded.Rows)
        {
            var related = element.GetProperty("SameDay");
            related.EnumerateArray().ShouldAllBe(r => r.GetProperty("AgencyId").GetGuid() == agency);
            Ids(related).ShouldBe(SameDay(Row(element)).Where(r => r.AgencyId == agency).Select(r => r.MeasurementId));
        }

        // Another agency's row on the same day must not make any() true, nor all() false.
        var probed = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$filter=" + Uri.EscapeDataString($"SameDay/any(m: m/AgencyId ne {agency})"));
        probed.Rows.ShouldBeEmpty();
        var all = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$filter=" + Uri.EscapeDataString($"SameDay/all(m: m/AgencyId eq {agency})"));
        all.Rows.Count.ShouldBe(own.Count);

        // Nor is another agency's row the one a single navigation leads to, in the output or in a filter.
        var twins = await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$select=MeasurementId&$expand=Twin($select=MeasurementId)");
        foreach (var element in twins.Rows)
        {
            var twin = element.GetProperty("Twin");
            (twin.ValueKind == JsonValueKind.Null ? (int?)null : twin.GetProperty("MeasurementId").GetInt32()).ShouldBe(Twin(Row(element), agency)?.MeasurementId);
        }
        (await FeedReader.AllAsync(feed.Feed(email), "/odata/Measurements?$filter=" + Uri.EscapeDataString($"Twin/AgencyId ne null and Twin/AgencyId ne {agency}"))).Rows.ShouldBeEmpty();
    }
}
