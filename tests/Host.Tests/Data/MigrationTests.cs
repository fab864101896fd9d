using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Data;

public sealed class MigrationTests
{
    private static readonly string[] ModuleSchemas = ["reviews", "recommendations", "audits", "training", "housing", "health"];

    [Fact]
    public async Task The_database_holds_the_eight_schemas_and_each_data_schema_its_own_history()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var host = new PartnershipHost(database.ConnectionString);
        host.CreateClient();

        var schemas = await database.ColumnAsync("SELECT schema_name FROM information_schema.schemata");
        foreach (var schema in ModuleSchemas.Append("platform").Append("scheduler"))
        {
            schemas.ShouldContain(schema);
        }
        foreach (var schema in ModuleSchemas.Append("platform"))
        {
            var history = await database.ColumnAsync($"SELECT id FROM {schema}.__migrations");
            history.ShouldContain("0000_messaging", $"{schema} keeps its own history");
        }
        (await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'scheduler' AND table_name LIKE 'qrtz_%'"))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Two_hosts_starting_together_migrate_once()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var first = new PartnershipHost(database.ConnectionString);
        await using var second = new PartnershipHost(database.ConnectionString);

        await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        foreach (var schema in ModuleSchemas.Append("platform"))
        {
            var history = await database.ColumnAsync($"SELECT id FROM {schema}.__migrations");
            history.ShouldBeUnique();
            history.ShouldContain("0000_messaging");
        }
    }

    [Fact]
    public async Task A_restart_applies_nothing_twice()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using (var host = new PartnershipHost(database.ConnectionString))
        {
            host.CreateClient();
        }
        var before = await database.ColumnAsync("SELECT id || applied_at::text FROM platform.__migrations");

        await using (var host = new PartnershipHost(database.ConnectionString))
        {
            host.CreateClient();
        }

        (await database.ColumnAsync("SELECT id || applied_at::text FROM platform.__migrations")).ShouldBe(before);
    }
}
