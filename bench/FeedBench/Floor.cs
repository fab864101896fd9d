using System.IO.Pipelines;
using System.Text.Json;
using Npgsql;

/// <summary>The floor: the rows read with plain Npgsql and written with Utf8JsonWriter, one query.</summary>
internal static class Floor
{
    /// <summary>Written in process to nowhere: the reading and writing alone.</summary>
    public static async Task<long> PullAsync(NpgsqlDataSource source, long rows)
    {
        var nowhere = PipeWriter.Create(Stream.Null);
        var count = await WriteAsync(source, ActionsSql.Select(rows), nowhere);
        await nowhere.CompleteAsync();
        return count;
    }

    public static async Task<long> WriteAsync(NpgsqlDataSource source, string sql, PipeWriter body)
    {
        await using var command = source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        await using var writer = new Utf8JsonWriter(body);
        long count = 0;
        writer.WriteStartObject();
        writer.WriteStartArray("value");
        while (await reader.ReadAsync())
        {
            writer.WriteStartObject();
            writer.WriteString("ActionId", reader.GetGuid(0));
            writer.WriteString("RecommendationId", reader.GetGuid(1));
            writer.WriteString("SourceId", reader.GetGuid(2));
            writer.WriteNumber("Number", reader.GetInt32(3));
            writer.WriteString("Description", reader.GetString(4));
            writer.WriteString("LeadAgencyId", reader.GetGuid(5));
            writer.WriteString("LeadOfficer", reader.GetString(6));
            if (reader.IsDBNull(7))
            {
                writer.WriteNull("LeadOfficerRole");
            }
            else
            {
                writer.WriteString("LeadOfficerRole", reader.GetString(7));
            }
            writer.WriteString("DueOn", reader.GetFieldValue<DateOnly>(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("ConfirmedStatus", reader.GetString(9));
            writer.WriteBoolean("IsCompleted", reader.GetBoolean(10));
            writer.WriteBoolean("IsOverdue", reader.GetBoolean(11));
            writer.WriteEndObject();
            count++;
            if (writer.BytesPending > 64 * 1024)
            {
                writer.Flush();
                await body.FlushAsync();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await body.FlushAsync();
        return count;
    }
}
