using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Calendar;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Tokens;

public sealed class ReportingTokenPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    private PartnershipHost Host => fixture.Host;

    [Fact]
    public async Task A_new_token_is_shown_once_and_only_its_hash_is_kept()
    {
        var analyst = await Host.SignedInAsync(SignIn.Analyst);

        var response = await TokenPages.CreateAsync(analyst, "Power BI on my laptop", Today.AddDays(90));
        var confirmation = await response.Content.ReadAsStringAsync();
        var secret = (await TokenPages.CreateSecretAsync(analyst, "Excel at home", Today.AddDays(30)));

        response.Headers.CacheControl?.NoStore.ShouldBeTrue("no browser or proxy keeps the page with the secret");
        confirmation.ShouldContain("Power BI on my laptop");
        confirmation.ShouldContain(SignIn.Analyst, Case.Insensitive, "the user name to give Power BI");
        confirmation.ShouldContain("/odata");
        var list = await TokenPages.ListAsync(analyst);
        list.ShouldContain("Excel at home");
        list.ShouldContain(secret[..8], Case.Sensitive, "the list shows the first characters");
        list.ShouldNotContain(secret);
        list.ShouldContain("Never");
        (await analyst.GetStringAsync(new Uri("/account/tokens/new", UriKind.Relative))).ShouldNotContain(secret);

        var stored = await fixture.Database.ScalarAsync<string>("SELECT secret_hash FROM platform.reporting_tokens WHERE name = 'Excel at home'");
        stored.ShouldNotBeNull().ShouldNotBe(secret);
        stored.ShouldNotContain(secret);
        stored.ShouldBe(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE concat(before::text, after::text) LIKE '%{secret}%'")).ShouldBe(0);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'ReportingTokenCreated' AND actor = '{SignIn.Analyst}'")).ShouldBe(2);
    }

    [Fact]
    public async Task The_secret_signs_its_owner_in_to_the_feed_and_records_when_it_was_used()
    {
        var scrutineer = await Host.SignedInAsync(SignIn.Scrutineer);
        var secret = await TokenPages.CreateSecretAsync(scrutineer, "Feed", Today.AddDays(10));

        (await AuthenticateAsync(SignIn.Scrutineer, secret)).ShouldNotBeNull().Email.ShouldBe(SignIn.Scrutineer);
        (await AuthenticateAsync(SignIn.Scrutineer.ToUpperInvariant(), secret)).ShouldNotBeNull("an email address is not case-sensitive");
        (await AuthenticateAsync(SignIn.Business, secret)).ShouldBeNull("the token is the scrutineer's");
        (await AuthenticateAsync(SignIn.Scrutineer, secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A'))).ShouldBeNull();

        (await fixture.Database.ScalarAsync<DateTime?>("SELECT last_used_at FROM platform.reporting_tokens WHERE name = 'Feed'")).ShouldNotBeNull();
        var row = Row(await TokenPages.ListAsync(scrutineer), "Feed");
        row.ShouldNotContain("Never");
        row.ShouldContain(UkTime.Date(DateTimeOffset.UtcNow), Case.Sensitive, "the last-used time");
    }

    [Fact]
    public async Task A_revoked_token_stops_working_and_the_revocation_is_recorded()
    {
        var practitioner = await Host.SignedInAsync(SignIn.Practitioner);
        var secret = await TokenPages.CreateSecretAsync(practitioner, "To revoke", Today.AddDays(10));
        var id = await TokenPages.IdAsync(practitioner, "To revoke");

        (await practitioner.GetStringAsync(new Uri($"/account/tokens/{id}/revoke", UriKind.Relative))).ShouldContain("Are you sure you want to revoke ‘To revoke’?");
        var revoked = await practitioner.PostFormAsync($"/account/tokens/{id}/revoke", []);

        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        revoked.Headers.Location!.ToString().ShouldBe("/account/tokens");
        var list = await TokenPages.ListAsync(practitioner);
        list.ShouldContain("The token ‘To revoke’ has been revoked");
        Row(list, "To revoke").ShouldContain("Revoked");
        (await AuthenticateAsync(SignIn.Practitioner, secret)).ShouldBeNull();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.audit_entries WHERE action = 'ReportingTokenRevoked' AND entity_id = '{id}' AND actor = '{SignIn.Practitioner}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Another_persons_token_can_be_neither_seen_nor_revoked()
    {
        var health = await Host.SignedInAsync(SignIn.HealthLead);
        var police = await Host.SignedInAsync(SignIn.PoliceLead);
        await TokenPages.CreateSecretAsync(health, "Hospital dashboard", Today.AddDays(10));
        var id = await TokenPages.IdAsync(health, "Hospital dashboard");

        (await TokenPages.ListAsync(police)).ShouldNotContain("Hospital dashboard");
        (await police.GetAsync(new Uri($"/account/tokens/{id}/revoke", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.PostFormAsync($"/account/tokens/{id}/revoke", [], formPage: "/account/tokens/new")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await fixture.Database.ScalarAsync<DateTime?>($"SELECT revoked_at FROM platform.reporting_tokens WHERE id = '{id}'")).ShouldBeNull();
    }

    [Fact]
    public async Task A_deactivated_persons_token_stops_working()
    {
        var email = $"leaver.{Guid.NewGuid():N}@demo.example";
        string secret;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var agency = Guid.Parse((await fixture.Database.ColumnAsync("SELECT id FROM platform.agencies ORDER BY name LIMIT 1"))[0]);
            var person = new PlatformUser { Id = Guid.NewGuid(), Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = "Leaver", AgencyId = agency, Roles = ["analyst"] };
            (await users.CreateAsync(person)).Succeeded.ShouldBeTrue();
            secret = (await scope.ServiceProvider.GetRequiredService<ReportingTokens>().CreateAsync(person, "Feed", Today.AddDays(10), null, default)).Secret;
        }
        (await AuthenticateAsync(email, secret)).ShouldNotBeNull();

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var person = (await users.FindByEmailAsync(email))!;
            person.IsActive = false;
            await users.UpdateAsync(person);
        }

        (await AuthenticateAsync(email, secret)).ShouldBeNull();
    }

    [Fact]
    public async Task The_form_suggests_an_expiry_ninety_days_ahead()
    {
        var client = await Host.SignedInAsync(SignIn.Business);
        var suggested = Today.AddDays(90);

        var form = await client.GetStringAsync(new Uri("/account/tokens/new", UriKind.Relative));

        form.ShouldContain($"id=\"ExpiresOn_Day\" name=\"ExpiresOn.Day\" type=\"text\" inputmode=\"numeric\" value=\"{suggested.Day}\"");
        form.ShouldContain($"name=\"ExpiresOn.Year\" type=\"text\" inputmode=\"numeric\" value=\"{suggested.Year}\"");
    }

    [Theory]
    [InlineData("", "", "", "", "Enter a name for the token", "Name")]
    [InlineData("x", "", "", "", "Enter the date the token expires", "ExpiresOn_Day")]
    [InlineData("x", "31", "2", "+1", "Expiry date must be a real date", "ExpiresOn_Day")]
    [InlineData("x", "1", "", "+1", "Expiry date must include a month", "ExpiresOn_Month")]
    [InlineData("x", "1", "", "", "Expiry date must include a month and year", "ExpiresOn_Month")]
    [InlineData("x", "1", "2", "27", "Year must include 4 numbers", "ExpiresOn_Year")]
    [InlineData("x", "-1", null, null, "Expiry date must be today or in the future", "ExpiresOn_Day")]
    [InlineData("x", "+367", null, null, "Expiry date must be no more than one year from today", "ExpiresOn_Day")]
    public async Task Mistakes_in_the_form_are_explained_and_linked_to_their_field(string name, string day, string? month, string? year, string message, string fieldId)
    {
        var client = await Host.SignedInAsync(SignIn.HealthLead);
        if (month is null)
        {
            // Days relative to today: "-1" is yesterday.
            var date = Today.AddDays(int.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
            (day, month, year) = (date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (year == "+1")
        {
            year = (Today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await TokenPages.CreateAsync(client, name, day, month, year!);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<title>Error: Create a reporting token");
        TokenPages.ErrorSummary(html).ShouldContain($"<a href=\"#{fieldId}\">{message}");
        html.ShouldContain($"id=\"{fieldId}\"");
        html.ShouldNotContain("token-secret");
    }

    [Fact]
    public async Task A_name_is_at_most_100_characters_and_unique_among_the_persons_active_tokens()
    {
        var client = await Host.SignedInAsync(SignIn.HousingLead);
        await TokenPages.CreateSecretAsync(client, "Housing dashboard", Today.AddDays(5));

        var tooLong = await (await TokenPages.CreateAsync(client, new string('a', 101), Today.AddDays(5))).Content.ReadAsStringAsync();
        var duplicate = await (await TokenPages.CreateAsync(client, "housing DASHBOARD", Today.AddDays(5))).Content.ReadAsStringAsync();

        TokenPages.ErrorSummary(tooLong).ShouldContain("Name must be 100 characters or less");
        TokenPages.ErrorSummary(duplicate).ShouldContain("You already have an active token with this name");
        await TokenPages.CreateSecretAsync(client, new string('a', 100), Today.AddDays(5));
        await TokenPages.CreateSecretAsync(await Host.SignedInAsync(SignIn.PoliceLead), "Housing dashboard", Today.AddDays(5));
    }

    private async Task<PlatformUser?> AuthenticateAsync(string email, string secret)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingTokens>().AuthenticateAsync(email, secret, default);
    }

    private static string Row(string html, string name)
    {
        var start = html.IndexOf($"<th scope=\"row\" class=\"govuk-table__header\">{name}</th>", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"the list has a row for {name}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
