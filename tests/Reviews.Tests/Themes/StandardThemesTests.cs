using Partnership.Modules.Reviews.Seeding;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Themes;

/// <summary>A partnership without the demo, so the class has its own database.</summary>
public sealed class StandardThemesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_partnership_starts_with_the_themes_of_the_domain_under_their_fixed_ids()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        host.CreateClient();

        (await _database.ScalarAsync<long>("SELECT count(*) FROM reviews.themes")).ShouldBe(StandardThemes.Names.Count);
        foreach (var name in StandardThemes.Names)
        {
            (await _database.ScalarAsync<string>($"SELECT name FROM reviews.themes WHERE id = '{StandardThemes.IdOf(name)}' AND NOT is_retired")).ShouldBe(name);
        }
        (await _database.ScalarAsync<long>("SELECT count(*) FROM platform.users")).ShouldBe(0, "no demo accounts without the demo");
    }
}
