using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

/// <summary>
/// The sample module's notes are agency-owned records. The rules are the platform's, enforced once in
/// ModuleDbContext, and must hold from every door: the JSON API and the pages.
/// </summary>
public sealed class AgencyScopingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task An_agency_lead_cannot_read_or_change_another_agencys_record_through_the_api()
    {
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        var police = await Host.SignedInAsync(SignIn.PoliceLead);
        var id = await CreateNoteAsync(health, "hospital's draft");

        (await police.GetAsync(new Uri($"/api/sample/notes/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.PutAsJsonAsync($"/api/sample/notes/{id}", new { text = "changed by police" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.GetFromJsonAsync<JsonElement>("/api/sample/notes")).EnumerateArray().ShouldNotContain(n => n.GetProperty("id").GetGuid() == id);

        (await health.GetFromJsonAsync<JsonElement>($"/api/sample/notes/{id}")).GetProperty("text").GetString().ShouldBe("hospital's draft");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM sample.audit_entries WHERE action = 'AccessDenied' AND entity_id = '{id}' AND actor = '{SignIn.PoliceLead}'"))
            .ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task An_agency_lead_cannot_read_or_change_another_agencys_record_through_a_page()
    {
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        var police = await Host.SignedInAsync(SignIn.PoliceLead);
        var id = await CreateNoteAsync(health, "hospital's page draft");

        (await police.GetAsync(new Uri($"/sample/notes/edit/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var change = await police.PostFormAsync($"/sample/notes/edit/{id}", new() { ["Text"] = "changed by police" }, formPage: "/account/logout");
        change.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await health.GetStringAsync(new Uri($"/sample/notes/edit/{id}", UriKind.Relative))).ShouldContain("hospital&#x27;s page draft");
    }

    [Fact]
    public async Task An_agency_lead_cannot_create_a_record_for_another_agency()
    {
        var police = await Host.SignedInAsync(SignIn.PoliceLead);
        var hospital = Guid.Parse((await fixture.Database.ColumnAsync("SELECT id FROM platform.agencies WHERE name = 'East Lancashire Hospitals Trust'"))[0]);

        var response = await police.PostAsJsonAsync("/api/sample/notes", new { text = "planted", agencyId = hospital });

        response.IsSuccessStatusCode.ShouldBeFalse();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM sample.notes WHERE text = 'planted'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_business_team_reads_and_changes_every_agencys_records()
    {
        var id = await CreateNoteAsync(await Host.SignedInAsync(SignIn.HealthLead), "for the business team");
        var business = await Host.SignedInAsync(SignIn.Business);

        (await business.PutAsJsonAsync($"/api/sample/notes/{id}", new { text = "checked by the business team" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_scrutineer_reads_everything_and_changes_nothing()
    {
        var id = await CreateNoteAsync(await Host.SignedInAsync(SignIn.HealthLead), "for scrutiny");
        var scrutineer = await Host.SignedInAsync(SignIn.Scrutineer);

        (await scrutineer.GetFromJsonAsync<JsonElement>($"/api/sample/notes/{id}")).GetProperty("text").GetString().ShouldBe("for scrutiny");
        (await scrutineer.PutAsJsonAsync($"/api/sample/notes/{id}", new { text = "scrutineer's edit" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scrutineer.PostAsJsonAsync("/api/sample/notes", new { text = "scrutineer's note" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<string>($"SELECT text FROM sample.notes WHERE id = '{id}'")).ShouldBe("for scrutiny");
    }

    private static async Task<Guid> CreateNoteAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/sample/notes", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
