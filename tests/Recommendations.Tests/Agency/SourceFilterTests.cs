using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Agency;

/// <summary>"Our actions" lists an agency's sources for its filter while they are few, and offers a text box once there are too many to list.</summary>
public sealed class SourceFilterTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task An_agency_with_more_sources_than_a_list_can_offer_filters_by_words_from_a_reference_or_title()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);
        (await OurActionsAsync(police, "")).ShouldContain("<select class=\"govuk-select\" id=\"sourceId\"", customMessage: "a few sources are listed");

        var actions = new List<Guid>();
        for (var i = 0; i < 31; i++)
        {
            actions.Add(await TestPlans.NewActionForAsync(business, police, "Amber"));
        }
        var first = await police.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions/{actions[0]}");
        var reference = first.GetProperty("source").GetProperty("reference").GetString()!;
        var sourceId = first.GetProperty("source").GetProperty("id").GetGuid();

        var unfiltered = await OurActionsAsync(police, "");
        unfiltered.ShouldNotContain("id=\"sourceId\"");
        unfiltered.ShouldContain("<input class=\"govuk-input\" id=\"source\" name=\"source\"");

        var byReference = await OurActionsAsync(police, $"?source={reference.ToLowerInvariant()}");
        byReference.ShouldContain("1 action<");
        byReference.ShouldContain($"value=\"{reference.ToLowerInvariant()}\"", customMessage: "the words typed are kept in the box");
        (await police.GetFromJsonAsync<JsonElement>($"/api/recommendations/actions?source={reference}")).GetProperty("total").GetInt32().ShouldBe(1);

        var fromPlanLink = await OurActionsAsync(police, $"?sourceId={sourceId}");
        fromPlanLink.ShouldContain($"<input type=\"hidden\" name=\"sourceId\" value=\"{sourceId}\">");
        fromPlanLink.ShouldContain($"{reference}: Test plan");
        fromPlanLink.ShouldContain("1 action<");

        (await OurActionsAsync(police, "?source=%25")).ShouldContain("No actions match", customMessage: "a % typed is looked for as itself, not as a wildcard");
    }

    private static async Task<string> OurActionsAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/recommendations/our-actions" + query, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
