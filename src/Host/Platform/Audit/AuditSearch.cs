using Partnership.SharedKernel.Data;
using System.Runtime.CompilerServices;
using Npgsql;

namespace Partnership.Host.Platform.Audit;

/// <summary>
/// Searches every schema's audit trail at once, in SQL: a UNION ALL over the registered schemas, the
/// filters as parameters, newest first, one page at a time. Schema names come from
/// <see cref="AuditSources"/>, never from the request.
/// </summary>
internal sealed class AuditSearch(NpgsqlDataSource dataSource, AuditSources sources)
{
    public const int PageSize = 50;

    private const string Columns = "id, occurred_at, actor, agency_id, action, entity_type, entity_id, before, after";

    public async Task<AuditResults> PageAsync(AuditFilter filter, int page, CancellationToken cancellationToken)
    {
        var total = await CountAsync(filter, cancellationToken);
        var pageCount = (int)Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = new List<AuditRecord>();
        await foreach (var entry in ReadAsync(filter, PageSize, (page - 1) * PageSize, cancellationToken))
        {
            entries.Add(entry);
        }
        return new AuditResults(entries, total, page, pageCount, PageSize);
    }

    /// <summary>The matching entries, newest first, read as they arrive: a download does not hold them all.</summary>
    public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditFilter filter, int limit, int offset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var searched = Searched(filter);
        if (searched.Count == 0)
        {
            yield break;
        }
        var (where, parameters) = Conditions(filter);
        var union = string.Join("\nUNION ALL\n", searched.Select((source, index) =>
            $"SELECT {index} AS source, {Columns} FROM {source.Schema}.audit_entries{where}"));
        var sql = $"""
            SELECT source, id, occurred_at, actor, agency_id, action, entity_type, entity_id, before::text, after::text
              FROM ({union}) AS entries
             ORDER BY occurred_at DESC, id DESC
             LIMIT @limit OFFSET @offset
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        command.Parameters.Add(new NpgsqlParameter<int>("offset", offset));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AuditRecord(
                reader.GetGuid(1),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                searched[reader.GetInt32(0)]);
        }
    }

    public async Task<long> CountAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var searched = Searched(filter);
        if (searched.Count == 0)
        {
            return 0;
        }
        var (where, parameters) = Conditions(filter);
        var counts = string.Join("\nUNION ALL\n", searched.Select(source => $"SELECT count(*) AS n FROM {source.Schema}.audit_entries{where}"));
        await using var command = dataSource.CreateCommand($"SELECT coalesce(sum(n), 0)::bigint FROM ({counts}) AS counts");
        command.Parameters.AddRange(parameters.ToArray());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private List<AuditSource> Searched(AuditFilter filter) =>
        [.. sources.All.Where(s => filter.Schema is null || s.Schema == filter.Schema)];

    // The same conditions in every branch; a parameter named twice is sent once.
    private static (string Where, List<NpgsqlParameter> Parameters) Conditions(AuditFilter filter)
    {
        var conditions = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string condition, NpgsqlParameter parameter)
        {
            conditions.Add(condition);
            parameters.Add(parameter);
        }

        if (filter.Person is { } person)
        {
            Add("actor ILIKE @person", new NpgsqlParameter<string>("person", LikePatterns.Containing(person)));
        }
        if (filter.EntityType is { } entityType)
        {
            Add("lower(entity_type) = lower(@entity_type)", new NpgsqlParameter<string>("entity_type", WithoutSpaces(entityType)));
        }
        if (filter.EntityId is { } entityId)
        {
            Add("entity_id = @entity_id", new NpgsqlParameter<string>("entity_id", entityId));
        }
        if (filter.AgencyId is { } agencyId)
        {
            Add("agency_id = @agency_id", new NpgsqlParameter<Guid>("agency_id", agencyId));
        }
        if (filter.Action is { } action)
        {
            Add("lower(action) = lower(@action)", new NpgsqlParameter<string>("action", WithoutSpaces(action)));
        }
        if (filter.From is { } from)
        {
            Add("occurred_at >= @from", new NpgsqlParameter<DateTimeOffset>("from", from.ToUniversalTime()));
        }
        if (filter.Before is { } before)
        {
            Add("occurred_at < @before", new NpgsqlParameter<DateTimeOffset>("before", before.ToUniversalTime()));
        }
        return (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions), parameters);
    }

    // Actions and record types are shown as words ("Signed in") and stored as names ("SignedIn").
    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
