using System.Text.Json;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Audit;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>
/// An uploaded plan, read once and kept as text while the person who uploaded it chooses its columns and
/// fixes its rows; deleted when it is imported or cancelled. The columns are JSON.
/// </summary>
internal sealed class ImportDraft : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid SourceId { get; init; }

    public required string FileName { get; init; }

    /// <summary>The user who uploaded it, the only one who may see it.</summary>
    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The sheet's headings, in order.</summary>
    public string Headers { get; init; } = "[]";

    /// <summary>
    /// Every row's number and cells. A working copy of up to 20 MB: the trail keeps the imported actions
    /// themselves, so it is not copied into the trail with every change of the draft.
    /// </summary>
    [NotAudited]
    public string Cells { get; init; } = "[]";

    /// <summary>The column of each field, by the field's name.</summary>
    public string Columns { get; set; } = "{}";

    /// <summary>Rows as the person corrected them, by row number; they replace the rows as read.</summary>
    public string RowFixes { get; set; } = "{}";

    public static ImportDraft Start(Guid sourceId, string fileName, PlanSheet sheet, Guid createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SourceId = sourceId,
        // The name is only shown again: a longer one than the column holds is cut, not refused.
        FileName = fileName.Length <= 255 ? fileName : fileName[..255],
        CreatedBy = createdBy,
        CreatedAt = now,
        Headers = Json(sheet.Headers),
        Cells = Json(sheet.Rows),
        Columns = Json(ColumnMap.Guess(sheet.Headers).Columns),
    };

    public IReadOnlyList<string> SheetHeaders() => Read<List<string>>(Headers);

    public ColumnMap Map() => new(Read<Dictionary<PlanField, int>>(Columns));

    public void Choose(ColumnMap map) => Columns = Json(map.Columns);

    public IReadOnlySet<int> FixedRows() => Fixes().Keys.ToHashSet();

    /// <summary>Keeps the row as corrected; false when the sheet has no such row.</summary>
    public bool Fix(PlanRow row)
    {
        if (!Read<List<SheetRow>>(Cells).Any(r => r.Number == row.Row))
        {
            return false;
        }
        var fixes = Fixes();
        fixes[row.Row] = row;
        RowFixes = Json(fixes);
        return true;
    }

    /// <summary>Every row through the chosen columns, each replaced by its fix where there is one.</summary>
    public List<PlanRow> Rows()
    {
        var fixes = Fixes();
        var sheet = new PlanSheet(SheetHeaders(), Read<List<SheetRow>>(Cells));
        return [.. PlanPreview.Rows(sheet, Map()).Select(row => fixes.GetValueOrDefault(row.Row, row))];
    }

    private Dictionary<int, PlanRow> Fixes() => Read<Dictionary<int, PlanRow>>(RowFixes);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!;
}
