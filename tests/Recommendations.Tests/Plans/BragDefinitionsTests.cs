using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

/// <summary>The partnership's own words for Blue, Green, Amber and Red: read by everyone, reworded by the business team.</summary>
public sealed class BragDefinitionsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_business_team_rewords_a_status_and_a_stale_or_empty_wording_is_refused_with_nothing_saved()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var amber = await DefinitionAsync(business, "Amber");
        amber.GetProperty("meaning").GetString().ShouldBe("In progress with slippage, or partly done.");
        var version = amber.GetProperty("version").GetUInt32();

        var empty = await business.PutAsJsonAsync("/api/recommendations/brag-definitions/Amber", new { meaning = "  ", version });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Enter what Amber means in this partnership");
        var tooLong = await business.PutAsJsonAsync("/api/recommendations/brag-definitions/Amber", new { meaning = new string('x', 1001), version });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var changed = await business.PutAsJsonAsync("/api/recommendations/brag-definitions/Amber", new { meaning = "Started, but behind its timescale.", version });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var stale = await business.PutAsJsonAsync("/api/recommendations/brag-definitions/Amber", new { meaning = "Something else.", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this definition");

        (await DefinitionAsync(business, "Amber")).GetProperty("meaning").GetString().ShouldBe("Started, but behind its timescale.");
        (await business.PutAsJsonAsync("/api/recommendations/brag-definitions/Purple", new { meaning = "x", version })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Agencies_read_the_definitions_and_cannot_change_them()
    {
        var lead = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var red = await DefinitionAsync(lead, "Red");

        var put = await lead.PutAsJsonAsync("/api/recommendations/brag-definitions/Red", new { meaning = "Ours now.", version = red.GetProperty("version").GetUInt32() });

        put.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lead.GetStringAsync(new Uri("/recommendations/brag", UriKind.Relative))).ShouldNotContain("/recommendations/brag/Red");
        (await lead.GetAsync(new Uri("/recommendations/brag/Red", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await DefinitionAsync(lead, "Red")).GetProperty("meaning").GetString().ShouldBe(red.GetProperty("meaning").GetString());
    }

    [Fact]
    public async Task The_page_rewords_a_status_shows_errors_and_keeps_the_other_persons_words_after_a_conflict()
    {
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var green = await DefinitionAsync(business, "Green");
        var version = green.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var blank = await business.PostFormAsync("/recommendations/brag/Green", new() { ["Meaning"] = "", ["Version"] = version });
        blank.StatusCode.ShouldBe(HttpStatusCode.OK);
        var blankPage = await blank.Content.ReadAsStringAsync();
        blankPage.ShouldContain("govuk-error-summary");
        blankPage.ShouldContain("Enter what Green means in this partnership");

        var saved = await business.PostFormAsync("/recommendations/brag/Green", new() { ["Meaning"] = "Complete, or on track to finish on time.", ["Version"] = version });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await business.GetStringAsync(new Uri("/recommendations/brag", UriKind.Relative))).ShouldContain("Complete, or on track to finish on time.");

        var conflict = await business.PostFormAsync("/recommendations/brag/Green", new() { ["Meaning"] = "My older edit.", ["Version"] = version });
        var conflictPage = await conflict.Content.ReadAsStringAsync();
        conflictPage.ShouldContain("Someone else changed this definition");
        conflictPage.ShouldContain("Complete, or on track to finish on time.");
        (await business.GetAsync(new Uri("/recommendations/brag/Purple", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> DefinitionAsync(HttpClient client, string status) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/recommendations/brag-definitions")).EnumerateArray().Single(d => d.GetProperty("status").GetString() == status);
}
