using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Host.Platform.Audit;

/// <summary>
/// An entry's before and after values as people read them: for a change, only the fields that changed,
/// from and to; for a new record or an event, its values; for a deleted record, what it held.
/// </summary>
internal static partial class AuditChanges
{
    public static AuditChangeSet Of(AuditRecord entry)
    {
        var before = Fields(entry.Before);
        var after = Fields(entry.After);
        if (before is not null && after is not null)
        {
            var changed = after.Keys.Union(before.Keys)
                .Where(field => Raw(before, field) != Raw(after, field))
                .Select(field => new FieldChange(Words(field), Show(before, field), Show(after, field)))
                .ToList();
            return new AuditChangeSet(AuditChangeKind.Changed, changed);
        }
        if (after is not null)
        {
            return new AuditChangeSet(AuditChangeKind.Values, [.. after.Keys.Select(field => new FieldChange(Words(field), null, Show(after, field)))]);
        }
        if (before is not null)
        {
            return new AuditChangeSet(AuditChangeKind.Removed, [.. before.Keys.Select(field => new FieldChange(Words(field), Show(before, field), null))]);
        }
        return new AuditChangeSet(AuditChangeKind.Values, []);
    }

    /// <summary>The changes on one line, for a spreadsheet cell.</summary>
    public static string AsText(AuditChangeSet changes) =>
        string.Join("; ", changes.Fields.Select(f => changes.Kind switch
        {
            AuditChangeKind.Changed => $"{f.Field}: {f.Before} → {f.After}",
            AuditChangeKind.Removed => $"{f.Field}: {f.Before}",
            _ => $"{f.Field}: {f.After}",
        }));

    private static Dictionary<string, JsonElement>? Fields(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["Value"] = document.RootElement.Clone() };
        }
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    private static string? Raw(Dictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value) ? value.GetRawText() : null;

    private static string Show(Dictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value) ? Show(value) : "(not recorded)";

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "(empty)",
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.String => ShowText(value.GetString()!),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "(none)" : string.Join(", ", value.EnumerateArray().Select(Show)),
        _ => value.GetRawText(),
    };

    // Instants and dates as the rest of the service shows them.
    private static string ShowText(string text)
    {
        if (Instant().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return UkTime.DateAndTime(instant);
        }
        if (Date().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return UkTime.Date(date);
        }
        return text.Length == 0 ? "(empty)" : text;
    }

    /// <summary>A name from the code as words: "AgencyId" reads "Agency id", "SignedIn" "Signed in".</summary>
    public static string Words(string name)
    {
        if (name.Length == 0)
        {
            return "(unnamed)";
        }
        var words = WordStart().Replace(name, " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Instant();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
