using System.Net;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

/// <summary>Every request checks the session against the database, and re-issues the cookie only when what it says has changed.</summary>
public sealed class SessionCheckTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_request_from_an_unchanged_session_does_not_reissue_the_cookie()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Practitioner);

        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Roles_changed_in_the_database_apply_from_the_next_request_both_ways()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Scrutineer);
        (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await fixture.Database.ExecuteAsync($"UPDATE platform.users SET roles = '{{business-team}}' WHERE email = '{SignIn.Scrutineer}'");
        using var promoted = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        promoted.StatusCode.ShouldBe(HttpStatusCode.OK);
        promoted.Headers.Contains("Set-Cookie").ShouldBeTrue("the cookie now carries the new role");

        await fixture.Database.ExecuteAsync($"UPDATE platform.users SET roles = '{{scrutineer}}' WHERE email = '{SignIn.Scrutineer}'");
        (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_changed_security_stamp_ends_the_session_at_the_next_request()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.HousingLead);
        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await fixture.Database.ExecuteAsync($"UPDATE platform.users SET security_stamp = 'changed-elsewhere' WHERE email = '{SignIn.HousingLead}'");

        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
