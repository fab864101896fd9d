using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

/// <summary>Each case needs its own configuration, so each starts its own host on its own database.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_session_ends_after_the_idle_timeout()
    {
        var clock = new AdjustableTime(DateTimeOffset.UtcNow);
        await using var host = new PartnershipHost(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Security:IdleTimeout"] = "00:10:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        var client = await host.SignedInAsync(SignIn.Practitioner);

        clock.Advance(TimeSpan.FromMinutes(9));
        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "activity within the timeout keeps the session");
        clock.Advance(TimeSpan.FromMinutes(9));
        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "the timeout counts from the last request");
        clock.Advance(TimeSpan.FromMinutes(11));
        (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_that_requires_an_authenticator_app_can_do_nothing_else_until_it_is_set_up()
    {
        await using var host = new PartnershipHost(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Security:RequireTwoFactorForRoles:0"] = "business-team" });
        var business = await host.SignedInAsync(SignIn.Business);
        var practitioner = await host.SignedInAsync(SignIn.Practitioner);

        var page = await business.GetAsync(new Uri("/reviews", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldBe("/account/two-factor");
        var api = await business.GetAsync(new Uri("/api/sample/notes", UriKind.Relative));
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden, api.Headers.Location?.ToString());
        (await business.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative))).ShouldContain("Your role needs an authenticator app");
        (await practitioner.GetAsync(new Uri("/reviews", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited()
    {
        await using var host = new PartnershipHost(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Security:SignInAttemptsPerMinute"] = "3" });
        var client = host.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(status => status == HttpStatusCode.OK);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
