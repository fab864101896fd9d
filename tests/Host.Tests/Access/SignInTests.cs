using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Pages.Account;
using Partnership.Host.Platform.Users;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

public sealed partial class SignInTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task A_person_signs_in_with_email_and_password_and_api_me_says_who_they_are()
    {
        var client = await Host.SignedInAsync(SignIn.HealthLead);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("email").GetString().ShouldBe(SignIn.HealthLead);
        me.GetProperty("name").GetString().ShouldBe("Hana Health");
        me.GetProperty("agency").GetProperty("name").GetString().ShouldBe("East Lancashire Hospitals Trust");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["agency-lead"]);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_message_and_are_recorded()
    {
        var unknown = await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = "nobody@demo.example", ["Password"] = "whatever it is here" });
        var wrong = await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = SignIn.Scrutineer, ["Password"] = "not the right password" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        unknownPage.ShouldContain("There is a problem");
        ErrorSummary(unknownPage).ShouldBe(ErrorSummary(wrongPage));
        ErrorSummary(wrongPage).ShouldContain(LoginModel.NeutralFailure);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE action = 'SignInFailed' AND actor = 'nobody@demo.example'")).ShouldBe(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'SignInFailed' AND actor = '{SignIn.Scrutineer}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        var email = await NewPersonAsync("locked");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = "a wrong password " + attempt });
        }

        var right = await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = PartnershipHost.DemoPassword });

        right.StatusCode.ShouldBe(HttpStatusCode.OK, "a locked account is not signed in");
        (await right.Content.ReadAsStringAsync()).ShouldContain(LoginModel.NeutralFailure);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'LockedOut' AND actor = '{email}'")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await Host.SignedInAsync(SignIn.Practitioner);
        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostFormAsync("/account/logout", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_at_once_and_cannot_sign_in()
    {
        var email = await NewPersonAsync("leaver");
        var client = await Host.SignedInAsync(email);

        await WithUser(email, async (users, user) =>
        {
            user.IsActive = false;
            await users.UpdateSecurityStampAsync(user);
        });

        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = PartnershipHost.DemoPassword });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain(LoginModel.NeutralFailure);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = SignIn.Business, ["Password"] = PartnershipHost.DemoPassword });
        var response = await Host.Browser().PostAsync(new Uri("/account/login", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("short pass", false)]
    [InlineData("password1234", false)]
    [InlineData("aaaaaaaaaaaaaaaa", false)]
    [InlineData("twelve chars", true)]
    [InlineData("correct staple of the harbour", true)]
    public async Task Passwords_follow_NCSC_guidance_length_over_composition(string password, bool accepted)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { Email = "rules@demo.example", NormalizedEmail = "RULES@DEMO.EXAMPLE", DisplayName = "Rules" };

        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, password)));

        results.All(r => r.Succeeded).ShouldBe(accepted);
    }

    [Fact]
    public async Task An_authenticator_app_once_turned_on_is_asked_for_at_sign_in()
    {
        var email = await NewPersonAsync("totp");
        var client = await Host.SignedInAsync(email);
        var setup = await client.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative));
        var key = AuthenticatorKey().Match(setup).Groups[1].Value;

        (await client.PostFormAsync("/account/two-factor", new() { ["Code"] = "000000" })).StatusCode.ShouldBe(HttpStatusCode.OK, "a wrong code is refused on the page");
        (await client.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var browser = Host.Browser();
        var password = await browser.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = PartnershipHost.DemoPassword });
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect, await password.Content.ReadAsStringAsync());
        password.Headers.Location!.ToString().ShouldStartWith("/account/login-with-code");
        (await browser.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the password alone does not sign in");
        var wrongCode = await browser.PostFormAsync("/account/login-with-code", new() { ["Code"] = "123456" });
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = await browser.PostFormAsync("/account/login-with-code", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string ErrorSummary(string html) =>
        Regex.Match(html, "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value.Trim();

    private async Task<string> NewPersonAsync(string name)
    {
        var email = $"{name}.{Guid.NewGuid():N}@demo.example";
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var agency = (await fixture.Database.ColumnAsync("SELECT id FROM platform.agencies ORDER BY name LIMIT 1"))[0];
        var result = await users.CreateAsync(
            new PlatformUser { Id = Guid.NewGuid(), Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = name, AgencyId = Guid.Parse(agency), Roles = ["practitioner"] },
            PartnershipHost.DemoPassword);
        result.Succeeded.ShouldBeTrue();
        return email;
    }

    private async Task WithUser(string email, Func<UserManager<PlatformUser>, PlatformUser, Task> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        await change(users, (await users.FindByEmailAsync(email))!);
    }

    [GeneratedRegex("id=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex AuthenticatorKey();
}
