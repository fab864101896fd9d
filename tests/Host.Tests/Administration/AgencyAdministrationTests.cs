using System.Net;
using Partnership.Host.Platform.Seeding;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Administration;

public sealed class AgencyAdministrationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task An_added_agency_is_listed_with_its_type_after_a_success_banner()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var name = Unique("Lancashire Fire and Rescue Service");

        var added = await business.SubmitAsync("/admin/agencies/add", ("Name", $"  {name} "), ("Type", "voluntary"));

        added.Location().ShouldBe("/admin/agencies");
        var list = await business.PageAsync("/admin/agencies");
        AdminForms.SuccessBanner(list).ShouldBe($"{name} has been added");
        list.ShouldContain(name);
        (await fixture.Database.ScalarAsync<string>($"SELECT type FROM platform.agencies WHERE name = '{name}'")).ShouldBe("voluntary");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'Created' AND entity_type = 'Agency' AND after ->> 'Name' = '{name}' AND actor = '{SignIn.Business}'"))
            .ShouldBe(1);
    }

    [Fact]
    public async Task An_agency_without_a_name_or_type_or_with_a_name_too_long_is_not_saved_and_the_error_summary_says_why()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var before = await AgencyCount();

        var empty = await business.SubmitAsync("/admin/agencies/add", ("Name", "   "));
        var tooLong = await business.SubmitAsync("/admin/agencies/add", ("Name", new string('x', 201)), ("Type", "police"));
        var badType = await business.SubmitAsync("/admin/agencies/add", ("Name", Unique("Typeless")), ("Type", "space-agency"));

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var emptyPage = await empty.Content.ReadAsStringAsync();
        emptyPage.ShouldContain("<title>Error: Add an agency");
        AdminForms.ErrorSummary(emptyPage).ShouldBe([("Name", "Enter the agency's name"), ("Type", "Select the type of agency")]);
        emptyPage.ShouldContain("id=\"Name-error\"");
        emptyPage.ShouldContain("<input class=\"govuk-radios__input\" id=\"Type\"", Case.Sensitive, "the summary's link lands on the first radio");
        AdminForms.ErrorSummary(await tooLong.Content.ReadAsStringAsync()).ShouldBe([("Name", "The agency's name must be 200 characters or fewer")]);
        AdminForms.ErrorSummary(await badType.Content.ReadAsStringAsync()).ShouldBe([("Type", "Select the type of agency")]);
        (await AgencyCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_agency_cannot_take_a_name_that_is_already_used_whatever_its_case()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var before = await AgencyCount();

        var duplicate = await business.SubmitAsync("/admin/agencies/add", ("Name", DemoPartnership.Police.ToUpperInvariant()), ("Type", "police"));

        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminForms.ErrorSummary(await duplicate.Content.ReadAsStringAsync()).ShouldBe([("Name", "There is already an agency with this name")]);
        (await AgencyCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_agency_is_renamed_but_not_to_another_agencys_name()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var id = await AddAgencyAsync(business, Unique("Brook"));
        var newName = Unique("Brook Blackburn");

        var taken = await business.SubmitAsync($"/admin/agencies/{id}/rename", ("Name", DemoPartnership.Hospital.ToLowerInvariant()), ("Version", await VersionAsync(business, id)));
        var renamed = await business.SubmitAsync($"/admin/agencies/{id}/rename", ("Name", newName), ("Version", await VersionAsync(business, id)));

        AdminForms.ErrorSummary(await taken.Content.ReadAsStringAsync()).ShouldBe([("Name", "There is already an agency with this name")]);
        renamed.Location().ShouldBe("/admin/agencies");
        AdminForms.SuccessBanner(await business.PageAsync("/admin/agencies")).ShouldEndWith($"has been renamed {newName}");
        (await NameOf(id)).ShouldBe(newName);
    }

    [Fact]
    public async Task A_rename_made_from_a_stale_page_gets_a_conflict_and_does_not_overwrite_the_other_rename()
    {
        var first = await Host.SignedInAsync(SignIn.Business);
        var second = await Host.SignedInAsync(SignIn.Business);
        var id = await AddAgencyAsync(first, Unique("Connexions"));
        var secondsPage = await second.PageAsync($"/admin/agencies/{id}/rename");
        var firstsName = Unique("Connexions Lancashire");

        (await first.SubmitAsync($"/admin/agencies/{id}/rename", ("Name", firstsName), ("Version", await VersionAsync(first, id)))).Location().ShouldBe("/admin/agencies");
        var stale = await second.SubmitWithTokenAsync($"/admin/agencies/{id}/rename", SignIn.AntiforgeryToken(secondsPage),
            ("Name", Unique("Connexions East")), ("Version", AdminForms.Hidden(secondsPage, "Version")));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await stale.Content.ReadAsStringAsync();
        AdminForms.ErrorSummary(conflict).Single().Message.ShouldStartWith($"Someone else changed this agency while you were renaming it. It is now called {firstsName}.");
        (await NameOf(id)).ShouldBe(firstsName);
        AdminForms.Hidden(conflict, "Version").ShouldBe(await VersionAsync(first, id), "saving again, knowingly, is allowed");
    }

    [Fact]
    public async Task An_agency_is_deactivated_after_a_confirmation_page_and_is_then_no_longer_offered_for_new_people()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var name = Unique("Blackburn Youth Zone");
        var id = await AddAgencyAsync(business, name);
        (await business.PageAsync("/admin/users/invite")).ShouldContain($"value=\"{id}\"");

        var confirmation = await business.PageAsync($"/admin/agencies/{id}/deactivate");
        var deactivated = await business.SubmitAsync($"/admin/agencies/{id}/deactivate");

        confirmation.ShouldContain("Are you sure you want to deactivate this agency?");
        confirmation.ShouldContain(name);
        deactivated.Location().ShouldBe("/admin/agencies");
        AdminForms.SuccessBanner(await business.PageAsync("/admin/agencies")).ShouldBe($"{name} has been deactivated");
        (await IsActive(id)).ShouldBeFalse();
        (await business.PageAsync("/admin/users/invite")).ShouldNotContain($"value=\"{id}\"");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.agencies WHERE id = '{id}'")).ShouldBe(1, "agencies are never deleted");

        (await business.PageAsync($"/admin/agencies/{id}/reactivate")).ShouldContain("Are you sure you want to reactivate this agency?");
        (await business.SubmitAsync($"/admin/agencies/{id}/reactivate")).Location().ShouldBe("/admin/agencies");
        (await IsActive(id)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_confirmation_says_how_many_active_people_an_agency_still_has()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var police = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM platform.agencies WHERE name = '{DemoPartnership.Police}'");

        var confirmation = await business.PageAsync($"/admin/agencies/{police}/deactivate");

        confirmation.ShouldContain("1 person in this agency is still active and can sign in.");
    }

    [Fact]
    public async Task The_list_is_sorted_by_name_whatever_the_case_fifty_to_a_page()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        await fixture.Database.ScalarAsync<int>(
            "INSERT INTO platform.agencies (id, name, type, is_active) SELECT gen_random_uuid(), 'paged agency ' || lpad(n::text, 3, '0'), 'education', true FROM generate_series(1, 60) n");
        var names = await fixture.Database.ColumnAsync("SELECT name FROM platform.agencies ORDER BY lower(name), id");

        var first = await business.PageAsync("/admin/agencies");
        var second = await business.PageAsync("/admin/agencies?page=2");

        RowNames(first).ShouldBe(names.Take(50));
        RowNames(second).ShouldBe(names.Skip(50).Take(50));
        first.ShouldContain("href=\"/admin/agencies?page=2\" rel=\"next\"");
        second.ShouldContain("aria-current=\"page\">2</a>");
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private static List<string> RowNames(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"row\" class=\"govuk-table__header\">(.*?)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private async Task<Guid> AddAgencyAsync(HttpClient business, string name)
    {
        (await business.SubmitAsync("/admin/agencies/add", ("Name", name), ("Type", "voluntary"))).Location().ShouldBe("/admin/agencies");
        return await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM platform.agencies WHERE name = '{name}'");
    }

    private static async Task<string> VersionAsync(HttpClient business, Guid id) =>
        AdminForms.Hidden(await business.PageAsync($"/admin/agencies/{id}/rename"), "Version");

    private Task<long> AgencyCount() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.agencies");

    private Task<string?> NameOf(Guid id) => fixture.Database.ScalarAsync<string>($"SELECT name FROM platform.agencies WHERE id = '{id}'");

    private Task<bool> IsActive(Guid id) => fixture.Database.ScalarAsync<bool>($"SELECT is_active FROM platform.agencies WHERE id = '{id}'");
}
