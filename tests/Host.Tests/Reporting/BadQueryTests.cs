using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Malformed, unsupported and over-limit requests: each a 400 (or 404) with OData error JSON, never a 500, never rows.</summary>
public sealed class BadQueryTests(FeedFixture feed) : IClassFixture<FeedFixture>
{
    public static TheoryData<string, string> Corpus => new()
    {
        { "$filter=", "" },
        { "$filter=Quantity gt", "" },
        { "$filter=Nope eq 1", "Nope" },
        { "$filter=Name eq 1", "" },
        { "$filter=Quantity eq 'x'", "" },
        { "$filter=MeasuredOn gt 'yesterday'", "" },
        { "$filter=contains(Quantity,'a')", "" },
        { "$filter=year(Name) eq 2020", "" },
        { "$filter=unknownfunction(Name)", "unknownfunction" },
        { "$filter=Name eq 'unterminated", "" },
        { "$filter=(Quantity gt 1", "" },
        { "$filter=Quantity gt 1)", "" },
        { "$filter=IsOpen gt false", "" },
        { "$filter=AgencyId gt 00000000-0000-0000-0000-000000000000", "" },
        { "$filter=Name has 'x'", "" },
        { "$filter=isof(Name,Edm.String)", "" },
        { "$filter=Quantity div 0 eq 1", "division by zero" },
        { "$filter=fractionalseconds(MeasuredAt) eq 0", "fractionalseconds" },
        { "$filter=geo.distance(Name,Name) lt 1", "" },
        { "$select=Nope", "Nope" },
        { "$select=", "$select" },
        { "$orderby=", "$orderby" },
        { "$orderby=Nope", "Nope" },
        { "$orderby=Name sideways", "" },
        { "$orderby=IsOpen eq true", "$orderby" },
        { "$top=-1", "" },
        { "$top=abc", "" },
        { "$top=99999999999", "MaxTop" },
        { "$skip=-5", "" },
        { "$skip=x", "" },
        { "$count=maybe", "" },
        { "$skiptoken=not-a-token", "$skiptoken" },
        { "$skiptoken=WyJ4Il0", "$skiptoken" },
        { "$skiptoken=WzEsMl0", "$skiptoken" },
        { "$expand=Agency", "Agency" },
        { "$expand=SameDay($expand=SameDay($expand=SameDay))", "MaxExpandDepth" },
        { "$expand=SameDay($count=true)", "$count inside $expand" },
        { "$expand=SameDay($levels=2)", "$levels" },
        { "$expand=SameDay($search=alpha)", "$search" },
        { "$expand=SameDay($apply=aggregate($count as Rows))", "$apply" },
        { "$expand=SameDay($compute=Amount mul 2 as Double)", "$compute" },
        { "$expand=SameDay/$ref", "$ref" },
        { "$expand=SameDay($filter=Nope eq 1)", "Nope" },
        { "$expand=SameDay($orderby=Nope)", "Nope" },
        { "$expand=SameDay($top=-1)", "" },
        { "$expand=SameDay($unknown=1)", "" },
        { "$expand=SameDay(", "" },
        { "$filter=SameDay/any(m: m/Nope eq 1)", "Nope" },
        { "$filter=SameDay/any(m: m/Name)", "boolean" },
        { "$filter=Name/any(m: m eq 'a')", "" },
        { "$filter=SameDay/Name eq 'a'", "" },
        { "$filter=SameDay eq null", "" },
        { "$orderby=SameDay/Name", "" },
        { "$apply=filter(SameDay/any())/aggregate($count as Rows)", "any" },
        { "$apply=aggregate(Name with sum as Total)", "sum takes a number" },
        { "$apply=aggregate(IsOpen with max as Most)", "min and max" },
        { "$apply=aggregate(Amount with median as Middle)", "" },
        { "$apply=groupby((Nope))", "Nope" },
        { "$apply=groupby((Name),aggregate($count as Name))", "twice" },
        { "$apply=filter(Quantity gt 1)", "groupby or an aggregate" },
        { "$apply=aggregate($count as Rows)/filter(Rows gt 1)", "last step" },
        { "$apply=compute(Amount mul 2 as Double)", "compute" },
        { "$apply=groupby((Name))&$filter=IsOpen", "$filter cannot be combined with $apply" },
        { "$apply=groupby((Name))&$orderby=Name", "$orderby cannot be combined with $apply" },
        { "$apply=groupby((MeasurementId,AgencyId,Name,Note,Amount,Quantity,Total,Ratio))", "at most 7" },
        { "$apply=groupby((Name", "" },
        { "$search=alpha", "$search" },
        { "$compute=Amount mul 2 as Double", "$compute" },
        { "$levels=2", "$levels" },
        { "$unknown=1", "$unknown" },
        { "$format=xml", "$format" },
        { "$top=1&$top=2", "$top" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_bad_query_gets_400_with_OData_error_JSON_that_says_what_is_wrong(string query, string mentions)
    {
        using var response = await feed.Feed().GetAsync(new Uri("/odata/Measurements?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Headers.GetValues("OData-Version").ShouldBe(["4.0"]);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
        error.GetProperty("message").GetString()!.ShouldContain(mentions, Case.Insensitive);
    }

    [Fact]
    public async Task Expand_on_a_set_without_navigations_gets_400()
    {
        using var response = await feed.Feed().GetAsync(new Uri("/odata/Agencies?$expand=Members", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString()!.ShouldContain("Members");
    }

    [Theory]
    [InlineData("/odata/Nope")]
    [InlineData("/odata/Measurements(1)/Name")]
    [InlineData("/odata/Measurements('x')")]
    public async Task An_address_the_feed_does_not_serve_gets_an_OData_error(string path)
    {
        using var response = await feed.Feed().GetAsync(new Uri(path, UriKind.Relative));
        ((int)response.StatusCode).ShouldBeInRange(400, 404);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_Power_BI_filter_of_100_or_terms_is_accepted_and_a_far_larger_one_is_refused_naming_the_limit()
    {
        var hundred = string.Join(" or ", Enumerable.Range(1, 100).Select(i => $"MeasurementId eq {i}"));
        var pull = await FeedReader.AllAsync(feed.Feed(), "/odata/Measurements?$filter=" + Uri.EscapeDataString(hundred));
        pull.Ids().ShouldBe(Enumerable.Range(1, 100));

        var huge = string.Join(" or ", Enumerable.Range(1, 800).Select(i => $"Quantity eq {i}"));
        using var response = await feed.Feed().GetAsync(new Uri("/odata/Measurements?$filter=" + Uri.EscapeDataString(huge), UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("MaxFilterNodes");
    }

    [Fact]
    public async Task The_feed_is_read_only()
    {
        using var response = await feed.Feed().DeleteAsync(new Uri("/odata/Measurements(1)", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Headers.GetValues("OData-Version").ShouldBe(["4.0"]);
    }
}
