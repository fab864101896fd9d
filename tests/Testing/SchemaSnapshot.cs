using Npgsql;

namespace Partnership.Testing;

/// <summary>
/// A schema described as sorted lines (columns with type, nullability and default; constraints; indexes),
/// so that two databases can be compared line by line and a difference reads plainly in a failure.
/// </summary>
public static class SchemaSnapshot
{
    private const string Query = """
        SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
               || coalesce('(' || c.character_maximum_length || ')', '')
               || CASE WHEN c.is_nullable = 'YES' THEN ' null' ELSE ' not null' END
               || coalesce(' default ' || c.column_default, '')
          FROM information_schema.columns c
         WHERE c.table_schema = @schema AND c.table_name <> '__migrations'
        UNION ALL
        SELECT 'constraint ' || t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          FROM pg_constraint k
          JOIN pg_class t ON t.oid = k.conrelid
          JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = @schema AND t.relname <> '__migrations'
        UNION ALL
        SELECT 'index ' || i.indexdef
          FROM pg_indexes i
         WHERE i.schemaname = @schema AND i.tablename <> '__migrations'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("schema", schema);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
