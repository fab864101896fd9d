using System.Text.Json;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Output;

/// <summary>
/// Writes a row's properties: its columns with <see cref="RowWriter"/>, then each expanded navigation,
/// a collection as an array of rows and a single navigation as a row or <c>null</c>.
/// </summary>
internal sealed class EntityWriter
{
    private readonly RowWriter _columns;
    private readonly int _columnCount;
    private readonly (JsonEncodedText Name, FeedExpansion Expansion, EntityWriter Rows)[] _expansions;

    public EntityWriter(IReadOnlyCollection<string> names, IReadOnlyList<FeedExpansion> expansions, bool omitNulls)
    {
        _columns = new RowWriter(names, omitNulls);
        _columnCount = names.Count;
        _expansions = [.. expansions.Select(e => (
            JsonEncodedText.Encode(e.Navigation.Name),
            e,
            new EntityWriter([.. e.Selection.Columns.Select(c => c.Name)], e.Selection.Expansions, omitNulls)))];
    }

    public void WriteProperties(Utf8JsonWriter writer, object?[] values)
    {
        _columns.WriteProperties(writer, values);
        for (var i = 0; i < _expansions.Length; i++)
        {
            var (name, expansion, rows) = _expansions[i];
            var related = (List<object[]>)values[_columnCount + i]!;
            writer.WritePropertyName(name);
            if (!expansion.Navigation.IsCollection)
            {
                rows.WriteRowOrNull(writer, related.FirstOrDefault());
                continue;
            }
            if (related.Count > expansion.Bound)
            {
                throw FeedException.Limit($"A row has more than {expansion.Bound} {expansion.Navigation.Name} (MaxPageSize): filter the expansion or use $top inside it.");
            }
            writer.WriteStartArray();
            foreach (var row in related)
            {
                rows.WriteRowOrNull(writer, row);
            }
            writer.WriteEndArray();
        }
    }

    private void WriteRowOrNull(Utf8JsonWriter writer, object?[]? values)
    {
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        WriteProperties(writer, values);
        writer.WriteEndObject();
    }
}
