using System.Net;
using Partnership.Host.Platform.Seeding;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Administration;

/// <summary>The access matrix tries every page with GET; these post the forms, token and all, as other roles.</summary>
public sealed class AdministrationAccessTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly People _people = new(fixture.Database, fixture.Host);

    [Theory]
    [InlineData(SignIn.HealthLead)]
    [InlineData(SignIn.Practitioner)]
    [InlineData(SignIn.Scrutineer)]
    [InlineData(SignIn.Analyst)]
    public async Task Other_roles_get_403_when_they_post_an_administration_form_and_nothing_changes(string account)
    {
        var client = await fixture.Host.SignedInAsync(account);
        // Any page's antiforgery token will do; theirs is the sign-out form.
        var token = SignIn.AntiforgeryToken(await client.PageAsync("/account/logout"));
        var police = await _people.AgencyIdAsync(DemoPartnership.Police);
        var self = await _people.IdAsync(account);
        var name = "Taken over " + Guid.NewGuid().ToString("N")[..6];

        var responses = new[]
        {
            await client.SubmitWithTokenAsync("/admin/agencies/add", token, ("Name", name), ("Type", "police")),
            await client.SubmitWithTokenAsync($"/admin/agencies/{police}/deactivate", token),
            await client.SubmitWithTokenAsync("/admin/users/invite", token, ("Email", People.UniqueEmail("intruder")), ("Name", name), ("AgencyId", police.ToString()), ("Roles", "business-team")),
            await client.SubmitWithTokenAsync($"/admin/users/{self}/edit", token, ("Name", name), ("AgencyId", police.ToString()), ("Roles", "business-team"), ("Version", "0")),
        };

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.agencies WHERE name = '{name}' OR (id = '{police}' AND NOT is_active)")).ShouldBe(0);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM platform.users WHERE display_name = '{name}' OR 'business-team' = ANY(roles) AND email <> '{SignIn.Business}'")).ShouldBe(0);
    }
}
