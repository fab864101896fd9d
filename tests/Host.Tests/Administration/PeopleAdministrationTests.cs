using System.Net;
using Partnership.Host.Pages.Account;
using Partnership.Host.Pages.Admin.Users;
using Partnership.Host.Platform.Seeding;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Administration;

public sealed class PeopleAdministrationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly People _people = new(fixture.Database, fixture.Host);

    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task The_list_filters_by_agency_role_and_status_and_sorts_by_name()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var police = await _people.AgencyIdAsync(DemoPartnership.Police);
        var (invited, _) = await _people.InviteAsync(business, People.UniqueEmail("zed"), "Zed Invited");

        var all = await business.PageAsync("/admin/users");
        var byAgency = await business.PageAsync($"/admin/users?agency={police}");
        var byRole = await business.PageAsync("/admin/users?role=scrutineer");
        var byStatus = await business.PageAsync("/admin/users?status=invited");
        var descending = await business.PageAsync("/admin/users?sort=name-desc");

        Names(all).ShouldBe(Names(all).Order(StringComparer.OrdinalIgnoreCase).ToList());
        Names(all).ShouldContain("Zed Invited");
        Names(byAgency).ShouldBe(["Pat Police"]);
        Names(byRole).ShouldBe(["Sam Scrutineer"]);
        Names(byStatus).ShouldContain("Zed Invited");
        Names(byStatus).ShouldNotContain("Bina Business");
        Names(descending).ShouldBe(Enumerable.Reverse(Names(all)).ToList());
        byAgency.ShouldContain($"<option value=\"{police}\" selected=\"selected\">");
        descending.ShouldContain("aria-sort=\"descending\"");
        (await business.PageAsync($"/admin/users/{invited}")).ShouldContain("Invited");
    }

    [Fact]
    public async Task A_change_of_roles_is_recorded_in_the_audit_trail_and_applies_from_the_persons_next_request()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = People.UniqueEmail("promoted");
        var id = await _people.InviteAndSetPasswordAsync(business, email, "practitioner");
        var person = await Host.SignedInAsync(email, People.Password);
        (await person.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var edit = await business.PageAsync($"/admin/users/{id}/edit");

        var saved = await business.SubmitAsync($"/admin/users/{id}/edit",
            ("Name", "Nia Promoted"), ("AgencyId", (await _people.AgencyIdAsync(DemoPartnership.BusinessUnit)).ToString()),
            ("Roles", "practitioner"), ("Roles", "business-team"), ("Version", AdminForms.Hidden(edit, "Version")));

        saved.Location().ShouldBe($"/admin/users/{id}");
        AdminForms.SuccessBanner(await business.PageAsync(saved.Location())).ShouldBe("Nia Promoted's details have been saved");
        (await fixture.Database.ScalarAsync<string>($"SELECT after ->> 'detail' FROM platform.audit_entries WHERE action = '{EditModel.RolesChanged}' AND entity_id = '{id}' AND actor = '{SignIn.Business}'"))
            .ShouldBe($"{email}: from Practitioner to Business team, Practitioner");
        (await fixture.Database.ScalarAsync<string>($"SELECT after ->> 'Roles' FROM platform.audit_entries WHERE action = 'Updated' AND entity_id = '{id}' AND after ->> 'DisplayName' = 'Nia Promoted'"))
            .ShouldBe("""["business-team", "practitioner"]""");
        (await person.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_edit_made_from_a_stale_page_gets_a_conflict_and_does_not_overwrite_the_other_edit()
    {
        var first = await Host.SignedInAsync(SignIn.Business);
        var second = await Host.SignedInAsync(SignIn.Business);
        var (id, _) = await _people.InviteAsync(first, People.UniqueEmail("edited"), "Eddie Edited");
        var agency = (await _people.AgencyIdAsync()).ToString();
        var secondsPage = await second.PageAsync($"/admin/users/{id}/edit");
        var firstsPage = await first.PageAsync($"/admin/users/{id}/edit");

        (await first.SubmitAsync($"/admin/users/{id}/edit", ("Name", "Eddie First"), ("AgencyId", agency), ("Roles", "agency-lead"), ("Version", AdminForms.Hidden(firstsPage, "Version"))))
            .Location().ShouldBe($"/admin/users/{id}");
        var stale = await second.SubmitWithTokenAsync($"/admin/users/{id}/edit", SignIn.AntiforgeryToken(secondsPage),
            ("Name", "Eddie Second"), ("AgencyId", agency), ("Roles", "scrutineer"), ("Version", AdminForms.Hidden(secondsPage, "Version")));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminForms.ErrorSummary(await stale.Content.ReadAsStringAsync()).Single().Message
            .ShouldStartWith("Someone else changed Eddie First's details while you were editing them. They are now: Eddie First, Blackburn with Darwen children's social care, Agency lead.");
        (await fixture.Database.ScalarAsync<string>($"SELECT display_name || ' ' || array_to_string(roles, ',') FROM platform.users WHERE id = '{id}'")).ShouldBe("Eddie First agency-lead");
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_at_once_cannot_sign_in_and_their_reporting_tokens_stop_working()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = People.UniqueEmail("leaver");
        var id = await _people.InviteAndSetPasswordAsync(business, email, "analyst");
        var secret = await _people.WithServiceAsync<string, ReportingTokens>(async tokens =>
        {
            var owner = await _people.WithServiceAsync<PlatformUser, Microsoft.AspNetCore.Identity.UserManager<PlatformUser>>(async users => (await users.FindByIdAsync(id.ToString()))!);
            return (await tokens.CreateAsync(owner, "Power BI", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6), null, CancellationToken.None)).Secret;
        });
        var person = await Host.SignedInAsync(email, People.Password);
        (await _people.WithServiceAsync<PlatformUser?, ReportingTokens>(tokens => tokens.AuthenticateAsync(email, secret, CancellationToken.None))).ShouldNotBeNull();

        var confirmation = await business.PageAsync($"/admin/users/{id}/deactivate");
        var deactivated = await business.SubmitAsync($"/admin/users/{id}/deactivate");

        confirmation.ShouldContain("Are you sure you want to deactivate this person?");
        deactivated.Location().ShouldBe($"/admin/users/{id}");
        AdminForms.SuccessBanner(await business.PageAsync(deactivated.Location())).ShouldBe("Nia New has been deactivated and signed out");
        (await person.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await Host.Browser().SubmitAsync("/account/login", ("Email", email), ("Password", People.Password));
        (await again.Content.ReadAsStringAsync()).ShouldContain(LoginModel.NeutralFailure);
        (await _people.WithServiceAsync<PlatformUser?, ReportingTokens>(tokens => tokens.AuthenticateAsync(email, secret, CancellationToken.None))).ShouldBeNull();
        (await fixture.Database.ScalarAsync<string>($"SELECT before ->> 'IsActive' || '>' || (after ->> 'IsActive') FROM platform.audit_entries WHERE action = 'Updated' AND entity_id = '{id}' ORDER BY occurred_at DESC LIMIT 1"))
            .ShouldBe("true>false");

        (await business.PageAsync($"/admin/users/{id}/reactivate")).ShouldContain("Are you sure you want to reactivate this person?");
        (await business.SubmitAsync($"/admin/users/{id}/reactivate")).Location().ShouldBe($"/admin/users/{id}");
        await Host.SignedInAsync(email, People.Password);
    }

    [Fact]
    public async Task A_business_team_member_cannot_deactivate_themselves_or_remove_their_own_business_team_role()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var self = await _people.IdAsync(SignIn.Business);
        var edit = await business.PageAsync($"/admin/users/{self}/edit");

        var confirmation = await business.PageAsync($"/admin/users/{self}/deactivate");
        var deactivate = await business.SubmitWithTokenAsync($"/admin/users/{self}/deactivate", SignIn.AntiforgeryToken(edit));
        var demote = await business.SubmitAsync($"/admin/users/{self}/edit",
            ("Name", "Bina Business"), ("AgencyId", (await _people.AgencyIdAsync(DemoPartnership.BusinessUnit)).ToString()),
            ("Roles", "scrutineer"), ("Version", AdminForms.Hidden(edit, "Version")));

        AdminForms.ErrorSummary(confirmation).ShouldBe([("main-content", DeactivateModel.NotYourself)]);
        confirmation.ShouldNotContain("Yes, deactivate");
        deactivate.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminForms.ErrorSummary(await deactivate.Content.ReadAsStringAsync()).ShouldBe([("main-content", DeactivateModel.NotYourself)]);
        demote.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminForms.ErrorSummary(await demote.Content.ReadAsStringAsync()).ShouldBe([("Roles", EditModel.OwnBusinessTeamRole)]);
        (await fixture.Database.ScalarAsync<string>($"SELECT is_active || ' ' || array_to_string(roles, ',') FROM platform.users WHERE id = '{self}'")).ShouldBe("true business-team");
        (await business.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Editing_offers_active_agencies_and_the_persons_own_and_refuses_a_deactivated_one()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var (id, _) = await _people.InviteAsync(business, People.UniqueEmail("mover"), "Mo Mover");
        var housing = await _people.AgencyIdAsync(DemoPartnership.Housing);
        await fixture.Database.ScalarAsync<int>($"UPDATE platform.agencies SET is_active = false WHERE id = '{housing}'");
        try
        {
            var edit = await business.PageAsync($"/admin/users/{id}/edit");
            var moved = await business.SubmitAsync($"/admin/users/{id}/edit",
                ("Name", "Mo Mover"), ("AgencyId", housing.ToString()), ("Roles", "practitioner"), ("Version", AdminForms.Hidden(edit, "Version")));

            edit.ShouldNotContain($"value=\"{housing}\"");
            AdminForms.ErrorSummary(await moved.Content.ReadAsStringAsync()).ShouldBe([("AgencyId", "Select the person's agency")]);
        }
        finally
        {
            await fixture.Database.ScalarAsync<int>($"UPDATE platform.agencies SET is_active = true WHERE id = '{housing}'");
        }
    }

    private static List<string> Names(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/admin/users/[^\"]+\">(.*?)</a></th>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
}
