using System.Text.Json;
using Partnership.Host.Reporting.Model;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Output;

/// <summary>
/// A page of a set as OData JSON with minimal metadata, written straight to the response and flushed
/// as it goes, so memory does not grow with the number of rows.
/// </summary>
internal sealed class SetWriter(HttpResponse response, IEnumerable<string> names, bool omitNulls, IReadOnlyList<FeedExpansion>? expansions = null) : IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Utf8JsonWriter _writer = new(response.BodyWriter, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private readonly EntityWriter _rows = new([.. names], expansions ?? [], omitNulls);

    /// <summary>
    /// <c>$metadata#Set</c>, <c>$metadata#Set(A,B)</c> for a <c>$select</c> or the properties an <c>$apply</c>
    /// gives (<see cref="Selection.ContextList"/> for expansions), <c>/$entity</c> for one row.
    /// </summary>
    public static string Context(string serviceRoot, FeedSet set, string? selectList, bool single) =>
        serviceRoot + "$metadata#" + set.Name
        + (selectList is null ? "" : "(" + selectList + ")")
        + (single ? "/$entity" : "");

    public void StartCollection(string context, long? count)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@odata.context", context);
        if (count is { } total)
        {
            _writer.WriteNumber("@odata.count", total);
        }
        _writer.WriteStartArray("value");
    }

    /// <summary>Writes the row; only every so often, when enough is pending, does it wait to hand it on.</summary>
    public ValueTask RowAsync(object?[] values, CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        _rows.WriteProperties(_writer, values);
        _writer.WriteEndObject();
        return _writer.BytesPending >= FlushThreshold ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    public async ValueTask EndCollectionAsync(string? nextLink)
    {
        _writer.WriteEndArray();
        if (nextLink is not null)
        {
            _writer.WriteString("@odata.nextLink", nextLink);
        }
        _writer.WriteEndObject();
        await _writer.FlushAsync();
        await response.BodyWriter.FlushAsync();
    }

    public async ValueTask EntityAsync(string context, object?[] values)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@odata.context", context);
        _rows.WriteProperties(_writer, values);
        _writer.WriteEndObject();
        await _writer.FlushAsync();
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
