using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Themes;

public sealed class ThemeListTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_list_starts_with_the_partnerships_themes_once_however_often_the_seed_runs()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.HealthLead);

        var names = (await client.GetFromJsonAsync<JsonElement>("/api/reviews/themes")).EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();

        names.ShouldContain("Professional curiosity");
        names.ShouldContain("Was not brought");
        names.ShouldContain("Voice of the child");
        names.ShouldBeUnique();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.themes WHERE name = 'Neglect'")).ShouldBe(1);
    }

    [Fact]
    public async Task The_business_team_adds_renames_retires_and_reinstates_a_theme_and_a_duplicate_is_refused()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var added = await client.PostAsJsonAsync("/api/reviews/themes", new { name = "  Parental   mental health " });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var theme = await added.Content.ReadFromJsonAsync<JsonElement>();
        theme.GetProperty("name").GetString().ShouldBe("Parental mental health");
        var id = theme.GetProperty("id").GetGuid();

        var duplicate = await client.PostAsJsonAsync("/api/reviews/themes", new { name = "parental mental HEALTH" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("There is already a theme called parental mental HEALTH");
        var empty = await client.PostAsJsonAsync("/api/reviews/themes", new { name = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Enter the theme's name");
        var renamedOntoAnother = await client.PutAsJsonAsync($"/api/reviews/themes/{id}", new { name = "Neglect" });
        renamedOntoAnother.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var renamed = await client.PutAsJsonAsync($"/api/reviews/themes/{id}", new { name = "Parental mental ill health", version = theme.GetProperty("version").GetUInt32() });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var retired = await client.PostAsJsonAsync($"/api/reviews/themes/{id}/retire", new { });
        (await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isRetired").GetBoolean().ShouldBeTrue();
        (await client.PostAsJsonAsync($"/api/reviews/themes/{id}/reinstate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var saved = await client.GetFromJsonAsync<JsonElement>($"/api/reviews/themes/{id}");
        saved.GetProperty("name").GetString().ShouldBe("Parental mental ill health");
        saved.GetProperty("isRetired").GetBoolean().ShouldBeFalse();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.themes WHERE normalized_name LIKE 'parental%'")).ShouldBe(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM reviews.audit_entries WHERE entity_type = 'Theme' AND entity_id = '{id}'")).ShouldBe(4);
    }

    [Fact]
    public async Task A_stale_rename_gets_a_conflict_not_an_overwrite()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var theme = await (await client.PostAsJsonAsync("/api/reviews/themes", new { name = "Online harm" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = theme.GetProperty("id").GetGuid();
        var version = theme.GetProperty("version").GetUInt32();

        (await client.PutAsJsonAsync($"/api/reviews/themes/{id}", new { name = "Online harms", version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await client.PutAsJsonAsync($"/api/reviews/themes/{id}", new { name = "Harm online", version });

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this theme");
        (await fixture.Database.ScalarAsync<string>($"SELECT name FROM reviews.themes WHERE id = '{id}'")).ShouldBe("Online harms");
    }

    [Fact]
    public async Task The_pages_add_rename_and_retire_after_asking_and_show_errors_in_the_summary()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);

        var blank = await client.PostFormAsync("/reviews/themes/add", new() { ["Name"] = "" });
        blank.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await blank.Content.ReadAsStringAsync();
        page.ShouldContain("There is a problem");
        page.ShouldContain("<a href=\"#name\">Enter the theme&#x27;s name</a>");
        (await (await client.PostFormAsync("/reviews/themes/add", new() { ["Name"] = "NEGLECT" })).Content.ReadAsStringAsync()).ShouldContain("There is already a theme called NEGLECT");

        var added = await client.PostFormAsync("/reviews/themes/add", new() { ["Name"] = "Criminal exploitation" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = (await fixture.Database.ColumnAsync("SELECT id FROM reviews.themes WHERE name = 'Criminal exploitation'")).Single();
        var list = await client.GetStringAsync(new Uri("/reviews/themes", UriKind.Relative));
        list.ShouldContain("Criminal exploitation has been added");

        var confirm = await client.GetStringAsync(new Uri($"/reviews/themes/{id}/retire", UriKind.Relative));
        confirm.ShouldContain("Are you sure you want to retire Criminal exploitation?");
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_retired FROM reviews.themes WHERE id = '{id}'")).ShouldBeFalse();
        (await client.PostFormAsync($"/reviews/themes/{id}/retire", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_retired FROM reviews.themes WHERE id = '{id}'")).ShouldBeTrue();
        (await client.PostFormAsync($"/reviews/themes/{id}/reinstate", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var renamed = await client.PostFormAsync($"/reviews/themes/{id}/rename", new() { ["Name"] = "Child criminal exploitation", ["Version"] = await Version(id) });
        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(new Uri("/reviews/themes", UriKind.Relative))).ShouldContain("Child criminal exploitation");
    }

    [Fact]
    public async Task Only_the_business_team_changes_the_list_and_everyone_who_reads_reviews_sees_it()
    {
        var id = StandardThemeId("Neglect");
        foreach (var account in new[] { SignIn.HealthLead, SignIn.Practitioner, SignIn.Scrutineer })
        {
            var client = await fixture.Host.SignedInAsync(account);
            (await client.GetAsync(new Uri("/reviews/themes", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetStringAsync(new Uri("/reviews/themes", UriKind.Relative))).ShouldNotContain("Add a theme");
            (await client.PostAsJsonAsync("/api/reviews/themes", new { name = "Not allowed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync($"/api/reviews/themes/{id}/retire", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync(new Uri($"/reviews/themes/{id}/retire", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var analyst = await fixture.Host.SignedInAsync(SignIn.Analyst);
        (await analyst.GetAsync(new Uri("/api/reviews/themes", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM reviews.themes WHERE name = 'Not allowed'")).ShouldBe(0);
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_retired FROM reviews.themes WHERE id = '{id}'")).ShouldBeFalse();
    }

    private static Guid StandardThemeId(string name) => Seeding.StandardThemes.IdOf(name);

    private async Task<string> Version(string id) => (await fixture.Database.ColumnAsync($"SELECT xmin FROM reviews.themes WHERE id = '{id}'")).Single();
}
