using Npgsql;
using NpgsqlTypes;
using Partnership.Modules.Sample;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Deterministic rows for the sample module's Measurements set, written straight to its table.</summary>
public static class Measurements
{
    private static readonly string[] Names = ["Alpha", "beta", "Gamma ray", " delta ", "Epsilon", "zeta", "Eta", "theta", "Iota", "kappa", "Lambda", "mu"];

    public static List<MeasurementRow> Generate(int count, IReadOnlyList<Guid> agencies, int seed = 7, int firstId = 1)
    {
        var random = new Random(seed);
        var rows = new List<MeasurementRow>(count);
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1500));
            rows.Add(new MeasurementRow
            {
                MeasurementId = firstId + i,
                AgencyId = agencies[random.Next(agencies.Count)],
                Name = Names[random.Next(Names.Length)],
                Note = random.Next(4) == 0 ? null : Names[random.Next(Names.Length)] + " " + random.Next(100),
                Amount = Math.Round((decimal)random.NextDouble() * 2000m - 500m, 2),
                Quantity = random.Next(5) == 0 ? null : random.Next(-20, 200),
                Total = random.NextInt64(-5_000_000_000, 5_000_000_000),
                Ratio = random.Next(5) == 0 ? null : Math.Round(random.NextDouble() * 10, 3),
                MeasuredOn = day,
                ClosedOn = random.Next(3) == 0 ? null : day.AddDays(random.Next(0, 90)),
                MeasuredAt = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 2_000_000)).AddSeconds(random.Next(60)),
                IsOpen = random.Next(2) == 0,
            });
        }
        return rows;
    }

    public static async Task InsertAsync(string connectionString, IEnumerable<MeasurementRow> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY sample.measurements (id, agency_id, name, note, amount, quantity, total, ratio, measured_on, closed_on, measured_at, is_open) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            await import.WriteAsync(row.MeasurementId, NpgsqlDbType.Integer);
            await import.WriteAsync(row.AgencyId, NpgsqlDbType.Uuid);
            await import.WriteAsync(row.Name, NpgsqlDbType.Varchar);
            await WriteNullable(import, row.Note, NpgsqlDbType.Varchar);
            await import.WriteAsync(row.Amount, NpgsqlDbType.Numeric);
            await WriteNullable(import, row.Quantity, NpgsqlDbType.Integer);
            await import.WriteAsync(row.Total, NpgsqlDbType.Bigint);
            await WriteNullable(import, row.Ratio, NpgsqlDbType.Double);
            await import.WriteAsync(row.MeasuredOn, NpgsqlDbType.Date);
            await WriteNullable(import, row.ClosedOn, NpgsqlDbType.Date);
            await import.WriteAsync(row.MeasuredAt, NpgsqlDbType.TimestampTz);
            await import.WriteAsync(row.IsOpen, NpgsqlDbType.Boolean);
        }
        await import.CompleteAsync();
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await import.WriteNullAsync();
        }
        else
        {
            await import.WriteAsync(value, type);
        }
    }

    public static async Task<List<Guid>> AgencyIdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM platform.agencies ORDER BY name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    public static async Task<Guid> AgencyOfAsync(string connectionString, string email)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT agency_id FROM platform.users WHERE email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
