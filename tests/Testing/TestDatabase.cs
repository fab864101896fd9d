using Npgsql;
using Xunit;

namespace Partnership.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class, on the server that <c>./build.sh test</c> provides
/// (<c>ConnectionStrings__Partnership</c>), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private static readonly string Server =
        Environment.GetEnvironmentVariable("ConnectionStrings__Partnership")
        ?? "Host=127.0.0.1;Port=5434;Username=postgres;Database=postgres";

    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N")[..20];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }
        return values;
    }
}
