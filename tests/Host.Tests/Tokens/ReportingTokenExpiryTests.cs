using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Tokens;
using Partnership.SharedKernel.Calendar;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Tokens;

/// <summary>Moves the host's clock, so it has a host and a database of its own.</summary>
public sealed class ReportingTokenExpiryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_token_works_until_the_end_of_its_expiry_date_in_the_UK_and_then_shows_as_expired()
    {
        // Noon in London on a summer day, when London is an hour ahead of UTC; ahead of the real clock.
        var year = DateTime.UtcNow.Year + 1;
        var clock = new AdjustableTime(new DateTimeOffset(year, 7, 10, 11, 0, 0, TimeSpan.Zero));
        await using var host = new PartnershipHost(_database.ConnectionString, services: services => services.AddSingleton<TimeProvider>(clock));
        var secret = await TokenPages.CreateSecretAsync(await host.SignedInAsync(SignIn.Analyst), "Until tomorrow", new DateOnly(year, 7, 11));

        clock.Advance(TimeSpan.FromHours(35) + TimeSpan.FromMinutes(30));
        UkTime.Today(clock).ShouldBe(new DateOnly(year, 7, 11));
        (await AuthenticateAsync(host, secret)).ShouldBeTrue("23:30 on its expiry date, UK time");

        clock.Advance(TimeSpan.FromHours(1));
        (await AuthenticateAsync(host, secret)).ShouldBeFalse("00:30 the day after, UK time, though still the expiry date in UTC");

        var list = await TokenPages.ListAsync(await host.SignedInAsync(SignIn.Analyst));
        list.ShouldContain("Expired");
        list.ShouldNotContain("/revoke\">Revoke");
    }

    private static async Task<bool> AuthenticateAsync(PartnershipHost host, string secret)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingTokens>().AuthenticateAsync(SignIn.Analyst, secret, default) is not null;
    }
}
