using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Data;
using Partnership.Host.Platform.Users;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Data;

/// <summary>Contexts are pooled: each scope leases one, which works for that scope's user until it goes back.</summary>
public sealed class PooledContextTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_pooled_context_works_for_the_scope_it_is_leased_to_and_then_for_the_next_one()
    {
        fixture.Host.CreateClient();
        var accessor = fixture.Host.Services.GetRequiredService<IHttpContextAccessor>();
        var agency = Guid.NewGuid();
        PlatformDbContext leased;
        await using (var request = fixture.Host.Services.CreateAsyncScope())
        {
            accessor.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PlatformClaims.AgencyId, agency.ToString())], "Test")),
            };
            leased = request.ServiceProvider.GetRequiredService<PlatformDbContext>();
            leased.User.AgencyId.ShouldBe(agency);
            accessor.HttpContext = null;
        }

        // The pool hands out its idle contexts in turn: lease until the first one comes back.
        for (var lease = 0; lease < 100; lease++)
        {
            await using var job = fixture.Host.Services.CreateAsyncScope();
            var next = job.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (ReferenceEquals(next, leased))
            {
                next.User.IsSystem.ShouldBeTrue("a scope with no request: the context works for the platform, not for the last person");
                next.User.AgencyId.ShouldBeNull();
                return;
            }
        }
        Assert.Fail("The context did not go back to the pool.");
    }
}
