using Npgsql;
using Partnership.Host.Data;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Data;

public sealed class DatabaseConnectionTests
{
    [Fact]
    public void Statements_are_prepared_and_pooled_connections_not_reset_unless_the_connection_string_says_otherwise()
    {
        using var defaults = DatabaseConnection.Create("Host=db.example;Username=hub");
        var chosen = new NpgsqlConnectionStringBuilder(defaults.ConnectionString);
        chosen.MaxAutoPrepare.ShouldBe(200);
        chosen.AutoPrepareMinUsages.ShouldBe(2);
        chosen.NoResetOnClose.ShouldBeTrue();

        // Behind a pooler in transaction mode, for instance, both must be off.
        using var configured = DatabaseConnection.Create("Host=db.example;Username=hub;Max Auto Prepare=0;No Reset On Close=false");
        var kept = new NpgsqlConnectionStringBuilder(configured.ConnectionString);
        kept.MaxAutoPrepare.ShouldBe(0);
        kept.NoResetOnClose.ShouldBeFalse();
    }
}
