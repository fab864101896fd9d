using System.Net;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

/// <summary>Hosts behind a load balancer share their keys through the database: one host's session works on another.</summary>
public sealed class SharedSessionTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_session_started_on_one_host_is_honoured_by_another()
    {
        await using var first = new PartnershipHost(_database.ConnectionString);
        await using var second = new PartnershipHost(_database.ConnectionString);
        var signIn = await first.Browser().PostFormAsync("/account/login", new() { ["Email"] = SignIn.Scrutineer, ["Password"] = PartnershipHost.DemoPassword });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("partnership.session=", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        var response = await second.Browser().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM platform.data_protection_keys")).ShouldBeGreaterThan(0);
    }
}
