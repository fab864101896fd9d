using System.Net;
using Partnership.Host.Pages.Account;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Administration;

public sealed class InvitationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly People _people = new(fixture.Database, fixture.Host);

    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task An_invited_person_sets_a_password_that_follows_the_rules_through_the_link_and_signs_in()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = People.UniqueEmail("nia");

        var (id, invitation) = await _people.InviteAsync(business, email, "Nia New", "practitioner", "agency-lead");

        invitation.ShouldContain("Invitation ready");
        invitation.ShouldContain("The link has not been emailed: this service is not set up to send email.");
        (await fixture.Database.ScalarAsync<bool>($"SELECT password_hash IS NULL FROM platform.users WHERE id = '{id}'")).ShouldBeTrue();
        (await fixture.Database.ScalarAsync<string>($"SELECT array_to_string(roles, ',') FROM platform.users WHERE id = '{id}'")).ShouldBe("agency-lead,practitioner");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'InvitationIssued' AND entity_id = '{id}' AND actor = '{SignIn.Business}'")).ShouldBe(1);
        var link = AdminForms.InvitationLink(invitation);
        link.ShouldStartWith($"/account/set-password?user={id}&token=");
        var invitee = Host.Browser();
        (await invitee.PageAsync(link)).ShouldContain("Create your password");

        var tooShort = await invitee.SubmitAsync(link, ("Password", "short one"));
        var common = await invitee.SubmitAsync(link, ("Password", "password1234"));
        var empty = await invitee.SubmitAsync(link, ("Password", ""));
        var good = await invitee.SubmitAsync(link, ("Password", People.Password));

        AdminForms.ErrorSummary(await tooShort.Content.ReadAsStringAsync()).ShouldBe([("Password", "Your password must be at least 12 characters long")]);
        AdminForms.ErrorSummary(await common.Content.ReadAsStringAsync()).ShouldBe([("Password", "Choose a password that is harder to guess: this one is on the list of passwords attackers try first")]);
        AdminForms.ErrorSummary(await empty.Content.ReadAsStringAsync()).ShouldBe([("Password", "Enter a password")]);
        good.Location().ShouldBe("/account/password-set");
        (await invitee.PageAsync("/account/password-set")).ShouldContain("Your password has been created");
        var signedIn = await Host.SignedInAsync(email, People.Password);
        (await signedIn.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_link_cannot_be_used_twice()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = People.UniqueEmail("once");
        var (_, invitation) = await _people.InviteAsync(business, email);
        var link = AdminForms.InvitationLink(invitation);
        var invitee = Host.Browser();
        var token = SignIn.AntiforgeryToken(await invitee.PageAsync(link));
        (await invitee.SubmitWithTokenAsync(link, token, ("Password", People.Password))).Location().ShouldBe("/account/password-set");

        var again = await invitee.SubmitWithTokenAsync(link, token, ("Password", "someone else's new password"));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This link does not work");
        (await invitee.PageAsync(link)).ShouldContain("This link does not work");
        await Host.SignedInAsync(email, People.Password);
        var refused = await Host.Browser().SubmitAsync("/account/login", ("Email", email), ("Password", "someone else's new password"));
        (await refused.Content.ReadAsStringAsync()).ShouldContain(LoginModel.NeutralFailure);
    }

    [Fact]
    public async Task A_new_link_stops_the_older_one_working()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = People.UniqueEmail("again");
        var (id, invitation) = await _people.InviteAsync(business, email);
        var older = AdminForms.InvitationLink(invitation);
        (await business.PageAsync($"/admin/users/{id}")).ShouldContain("Create a new invitation link");
        (await business.PageAsync($"/admin/users/{id}/invitation")).ShouldContain("Any link they were sent before stops working.");

        var reissued = await business.SubmitAsync($"/admin/users/{id}/invitation");

        reissued.Location().ShouldBe($"/admin/users/{id}/invitation");
        var newer = AdminForms.InvitationLink(await business.PageAsync(reissued.Location()));
        newer.ShouldNotBe(older);
        (await business.PageAsync($"/admin/users/{id}/invitation")).ShouldNotContain("id=\"invitation-link\"", customMessage: "the link is shown once");
        (await Host.Browser().PageAsync(older)).ShouldContain("This link does not work");
        (await Host.Browser().SubmitAsync(newer, ("Password", People.Password))).Location().ShouldBe("/account/password-set");
        (await business.PageAsync($"/admin/users/{id}/invitation")).ShouldContain("has already set a password");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'InvitationIssued' AND entity_id = '{id}'")).ShouldBe(2);
    }

    [Fact]
    public async Task A_link_that_was_tampered_with_or_made_up_does_not_work()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var (id, invitation) = await _people.InviteAsync(business, People.UniqueEmail("tamper"));
        var link = AdminForms.InvitationLink(invitation);

        foreach (var bad in new[] { "/account/set-password", $"/account/set-password?user={id}&token=bm90LWEtdG9rZW4", link.Replace($"user={id}", $"user={Guid.NewGuid()}", StringComparison.Ordinal), $"/account/set-password?user=nonsense&token=%%%" })
        {
            var response = await Host.Browser().GetAsync(new Uri(bad, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, bad);
            (await response.Content.ReadAsStringAsync()).ShouldContain("This link does not work", Case.Sensitive, bad);
        }
    }

    [Fact]
    public async Task An_invitation_needs_a_new_email_address_a_name_an_active_agency_and_a_role_or_nothing_is_saved()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var before = await UserCount();

        var empty = await business.SubmitAsync("/admin/users/invite");
        var taken = await business.SubmitAsync("/admin/users/invite",
            ("Email", SignIn.HealthLead.ToUpperInvariant()), ("Name", "Hana Again"), ("AgencyId", (await _people.AgencyIdAsync()).ToString()), ("Roles", "practitioner"));
        var malformed = await business.SubmitAsync("/admin/users/invite",
            ("Email", "not an email"), ("Name", "Nobody"), ("AgencyId", Guid.NewGuid().ToString()), ("Roles", "emperor"));

        AdminForms.ErrorSummary(await empty.Content.ReadAsStringAsync()).ShouldBe([
            ("Email", "Enter the person's email address"),
            ("Name", "Enter the person's full name"),
            ("AgencyId", "Select the person's agency"),
            ("Roles", "Select at least one role"),
        ]);
        AdminForms.ErrorSummary(await taken.Content.ReadAsStringAsync()).ShouldBe([("Email", "There is already an account with this email address")]);
        AdminForms.ErrorSummary(await malformed.Content.ReadAsStringAsync()).ShouldBe([
            ("Email", "Enter an email address in the correct format, like name@example.nhs.uk"),
            ("AgencyId", "Select the person's agency"),
            ("Roles", "Select at least one role"),
        ]);
        (await UserCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_email_address_with_an_apostrophe_can_be_invited()
    {
        var business = await Host.SignedInAsync(SignIn.Business);
        var email = $"niamh.o'brien.{Guid.NewGuid().ToString("N")[..6]}@partnership.example";

        var (id, invitation) = await _people.InviteAsync(business, email, "Niamh O'Brien");

        invitation.ShouldContain("Invitation ready");
        (await Host.Browser().SubmitAsync(AdminForms.InvitationLink(invitation), ("Password", People.Password))).Location().ShouldBe("/account/password-set");
        await Host.SignedInAsync(email, People.Password);
        id.ShouldNotBe(Guid.Empty);
    }

    private Task<long> UserCount() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.users");
}
