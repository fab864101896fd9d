using System.Data.Common;
using Npgsql;

namespace Partnership.Host.Data;

/// <summary>The one PostgreSQL data source every module's context and the platform share.</summary>
internal static class DatabaseConnection
{
    /// <summary>
    /// The configured connection string, with prepared statements on and the reset on returning a pooled
    /// connection off, unless it sets them itself: the same few queries run on every request, and
    /// PostgreSQL spent longer planning them and resetting the session than running them (ADR 17).
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 200;
            settings.AutoPrepareMinUsages = 2;
        }
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }
        return NpgsqlDataSource.Create(settings.ConnectionString);
    }
}
