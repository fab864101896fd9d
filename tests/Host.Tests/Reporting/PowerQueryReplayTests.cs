using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>
/// The requests Power Query's OData.Feed makes, with its headers: the service document, $metadata, the
/// editor's preview of 1000 rows, a folded filter with a local-offset date, then the nextLinks.
/// </summary>
public sealed class PowerQueryReplayTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    private const string Root = "http://localhost/odata/";

    private HttpClient PowerQuery()
    {
        var client = feed.Feed();
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("MaxDataServiceVersion", "3.0");
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7");
        return client;
    }

    private static void OneVersionHeader(HttpResponseMessage response) =>
        response.Headers.GetValues("OData-Version").ShouldBe(["4.0"]);

    [Fact]
    public async Task The_service_document_lists_every_set_as_metadata_names_it()
    {
        var client = PowerQuery();
        using var service = await client.GetAsync(new Uri("/odata", UriKind.Relative));
        service.StatusCode.ShouldBe(HttpStatusCode.OK);
        OneVersionHeader(service);
        service.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        service.Content.Headers.ContentType.Parameters.ShouldContain(p => p.Name == "odata.metadata" && p.Value == "minimal");
        var document = await FeedFixture.JsonAsync(service);
        document.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata");
        var names = document.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        names.ShouldContain("Agencies");
        names.ShouldContain("Measurements");
        document.GetProperty("value").EnumerateArray().ShouldAllBe(s => s.GetProperty("kind").GetString() == "EntitySet" && s.GetProperty("url").GetString() == s.GetProperty("name").GetString());

        using var metadata = await client.GetAsync(new Uri("/odata/$metadata", UriKind.Relative));
        metadata.StatusCode.ShouldBe(HttpStatusCode.OK);
        OneVersionHeader(metadata);
        metadata.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var csdl = XDocument.Parse(await metadata.Content.ReadAsStringAsync());
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        csdl.Descendants(edm + "EntitySet").Select(e => e.Attribute("Name")!.Value).Order().ShouldBe(names.Order());
        csdl.Descendants(edm + "EntityType").ShouldAllBe(t => t.Element(edm + "Key") != null);
        var measurement = csdl.Descendants(edm + "EntityType").Single(t => t.Attribute("Name")!.Value == "Measurement");
        string TypeOf(string property) => measurement.Elements(edm + "Property").Single(p => p.Attribute("Name")!.Value == property).Attribute("Type")!.Value;
        var amount = measurement.Elements(edm + "Property").Single(p => p.Attribute("Name")!.Value == "Amount");
        (amount.Attribute("Type")!.Value, amount.Attribute("Precision")?.Value, amount.Attribute("Scale")?.Value).ShouldBe(("Edm.Decimal", "12", "2"));
        TypeOf("MeasuredOn").ShouldBe("Edm.Date");
        TypeOf("MeasuredAt").ShouldBe("Edm.DateTimeOffset");
        TypeOf("Total").ShouldBe("Edm.Int64");
        TypeOf("Ratio").ShouldBe("Edm.Double");
        TypeOf("AgencyId").ShouldBe("Edm.Guid");
        measurement.Elements(edm + "Property").Single(p => p.Attribute("Name")!.Value == "Note").Attribute("Nullable")?.Value.ShouldNotBe("false");
        measurement.Elements(edm + "Property").Single(p => p.Attribute("Name")!.Value == "Name").Attribute("Nullable")!.Value.ShouldBe("false");
        measurement.Elements(edm + "NavigationProperty").Select(n => (n.Attribute("Name")!.Value, n.Attribute("Type")!.Value))
            .ShouldBe([("SameDay", "Collection(PartnershipHub.Measurement)"), ("Twin", "PartnershipHub.Measurement")], ignoreOrder: true);
        csdl.Descendants(edm + "EntitySet").Single(e => e.Attribute("Name")!.Value == "Measurements").Elements(edm + "NavigationPropertyBinding")
            .Select(b => (b.Attribute("Path")!.Value, b.Attribute("Target")!.Value)).ShouldBe([("SameDay", "Measurements"), ("Twin", "Measurements")], ignoreOrder: true);
    }

    [Fact]
    public async Task The_preview_the_folded_filter_and_the_nextLinks_give_every_row_once_with_exact_contexts()
    {
        var client = PowerQuery();
        using var preview = await client.GetAsync(new Uri("/odata/Measurements?$top=1000", UriKind.Relative));
        OneVersionHeader(preview);
        preview.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        preview.Content.Headers.ContentType.Parameters.ShouldContain(p => p.Name == "odata.metadata" && p.Value == "minimal");
        var first = await FeedFixture.JsonAsync(preview);
        first.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements");
        first.GetProperty("value").GetArrayLength().ShouldBe(feed.Rows.Count);
        first.TryGetProperty("@odata.nextLink", out _).ShouldBeFalse("$top=1000 covers the 700 rows");
        // Every declared property is in every row, null included.
        first.GetProperty("value").EnumerateArray().ShouldAllBe(r => r.EnumerateObject().Count() == 12);
        first.GetProperty("value").EnumerateArray().ShouldContain(r => r.GetProperty("Note").ValueKind == JsonValueKind.Null);

        var filter = "MeasuredOn gt 2021-02-03T00:00:00+01:00 and Amount gt 0";
        var url = "/odata/Measurements?$filter=" + Uri.EscapeDataString(filter) + "&$select=MeasurementId,Name,MeasuredOn,Amount";
        var expected = feed.Rows.Where(r => r.MeasuredOn > new DateOnly(2021, 2, 3) && r.Amount > 0).Select(r => r.MeasurementId).Order().ToList();
        var pages = 0;
        var ids = new List<int>();
        string? next = url;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=100");
            using var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            OneVersionHeader(response);
            response.Headers.GetValues("Preference-Applied").ShouldBe(["odata.maxpagesize=100"]);
            var page = await FeedFixture.JsonAsync(response);
            page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements(MeasurementId,Name,Amount,MeasuredOn)");
            page.GetProperty("value").EnumerateArray().ShouldAllBe(r => r.EnumerateObject().Count() == 4);
            ids.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("MeasurementId").GetInt32()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            next?.ShouldStartWith(Root + "Measurements?");
            pages++;
        }
        ids.ShouldBe(expected);
        pages.ShouldBe((expected.Count + 99) / 100);
    }

    [Fact]
    public async Task An_expand_Power_Query_folds_with_the_navigation_in_select_is_answered_with_the_OData_4_0_context()
    {
        var client = PowerQuery();
        using var response = await client.GetAsync(new Uri("/odata/Measurements?$select=MeasurementId,SameDay&$expand=SameDay($select=Name)&$top=1000", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        OneVersionHeader(response);
        var page = await FeedFixture.JsonAsync(response);
        page.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements(MeasurementId,SameDay,SameDay(Name))");
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        rows.Count.ShouldBe(feed.Rows.Count);
        foreach (var row in rows)
        {
            var day = feed.Rows.Single(r => r.MeasurementId == row.GetProperty("MeasurementId").GetInt32()).MeasuredOn;
            row.GetProperty("SameDay").EnumerateArray().Select(r => r.GetProperty("Name").GetString())
                .ShouldBe(feed.Rows.Where(r => r.MeasuredOn == day).OrderBy(r => r.MeasurementId).Select(r => r.Name));
        }
    }

    [Fact]
    public async Task A_row_by_key_and_a_count_answer_as_OData_says()
    {
        var client = PowerQuery();
        var row = feed.Rows.First(r => r.Note is null);
        using var single = await client.GetAsync(new Uri($"/odata/Measurements({row.MeasurementId})", UriKind.Relative));
        OneVersionHeader(single);
        var entity = await FeedFixture.JsonAsync(single);
        entity.GetProperty("@odata.context").GetString().ShouldBe(Root + "$metadata#Measurements/$entity");
        entity.GetProperty("Name").GetString().ShouldBe(row.Name);
        entity.GetProperty("Amount").GetDecimal().ShouldBe(row.Amount);
        entity.GetProperty("MeasuredOn").GetString().ShouldBe(row.MeasuredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        entity.GetProperty("MeasuredAt").GetDateTimeOffset().ShouldBe(row.MeasuredAt);
        entity.GetProperty("MeasuredAt").GetString()!.ShouldEndWith("Z");
        entity.GetProperty("Note").ValueKind.ShouldBe(JsonValueKind.Null);

        using var missing = await client.GetAsync(new Uri("/odata/Measurements(999999)", UriKind.Relative));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        OneVersionHeader(missing);

        using var count = await client.GetAsync(new Uri("/odata/Measurements/$count?$filter=IsOpen", UriKind.Relative));
        (await count.Content.ReadAsStringAsync()).ShouldBe(feed.Rows.Count(r => r.IsOpen).ToString(System.Globalization.CultureInfo.InvariantCulture));
        OneVersionHeader(count);
    }

    [Fact]
    public async Task Nulls_are_left_out_only_when_asked_and_the_answer_says_so()
    {
        var client = PowerQuery();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Measurements?$filter=Note eq null&$top=5");
        request.Headers.Add("Prefer", "omit-values=nulls");
        using var response = await client.SendAsync(request);
        response.Headers.GetValues("Preference-Applied").ShouldBe(["omit-values=nulls"]);
        var page = await FeedFixture.JsonAsync(response);
        page.GetProperty("value").EnumerateArray().Count(r => r.TryGetProperty("Note", out _)).ShouldBe(0);
        page.GetProperty("value").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task Gzip_is_used_when_asked()
    {
        var client = feed.Feed();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Measurements");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
        using var response = await client.SendAsync(request);
        response.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        OneVersionHeader(response);
        await using var unzipped = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var page = await JsonDocument.ParseAsync(unzipped);
        page.RootElement.GetProperty("value").GetArrayLength().ShouldBe(feed.Rows.Count);
    }

    [Fact]
    public async Task Without_credentials_the_feed_challenges_for_Basic()
    {
        foreach (var path in new[] { "/odata", "/odata/$metadata", "/odata/Measurements" })
        {
            using var response = await feed.Host.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Basic");
            OneVersionHeader(response);
            (await FeedFixture.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString().ShouldBe("Unauthorized");
        }
        using var wrong = await feed.Feed(SignIn.Analyst, "ph_not-the-token-at-all").GetAsync(new Uri("/odata/Agencies", UriKind.Relative));
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var someoneElse = await feed.Feed("nobody@demo.example").GetAsync(new Uri("/odata/Agencies", UriKind.Relative));
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
