using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

public sealed class SecurityHygieneTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/health/ready")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await fixture.Host.Browser().GetAsync(new Uri(path, UriKind.Relative));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site()
    {
        var response = await fixture.Host.Browser().PostFormAsync("/account/login", new() { ["Email"] = SignIn.Business, ["Password"] = PartnershipHost.DemoPassword });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("partnership.session=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain("secure");
    }
}
