using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>What an import came to: saved, or not saved with every row and its errors.</summary>
internal sealed record ImportOutcome(bool Saved, IReadOnlyList<CheckedRow> Rows, int Recommendations, int Actions)
{
    public int RowsWithErrors => Rows.Count(r => !r.IsValid);
}

/// <summary>
/// Reads an uploaded action plan into rows for the preview, and saves checked rows under a source as
/// recommendations and key actions: every row in one save, or none when any row still has an error.
/// </summary>
internal sealed class PlanImporter(RecommendationsDbContext db, IAgencyDirectory directory, TimeProvider time)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public async Task<Source?> SourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);

    /// <summary>Every plan an import can go into, by reference.</summary>
    public async Task<List<Source>> SourcesAsync(CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Reference).ToListAsync(cancellationToken);

    /// <summary>The plan chosen and the uploaded file read, or the reasons they cannot be, as the form's "sourceId" and "file".</summary>
    public async Task<(Source Source, PlanSheet Sheet)> ReadUploadAsync(Guid? sourceId, IFormFile? file, CancellationToken cancellationToken)
    {
        var source = sourceId is { } id ? await SourceAsync(id, cancellationToken) : null;
        var errors = new ValidationErrors();
        if (source is null)
        {
            errors.Add("sourceId", "Choose the plan to import the actions into");
        }
        if (file is null || file.Length == 0)
        {
            errors.Add("file", "Choose the action plan file: an Excel workbook (.xlsx) or a CSV file");
        }
        else if (file.Length > MaxFileBytes)
        {
            errors.Add("file", "The action plan must be 20 MB or smaller");
        }
        errors.ThrowIfAny();
        try
        {
            await using var stream = file!.OpenReadStream();
            return (source!, PlanSheetReader.Read(stream, file.FileName));
        }
        catch (PlanSheetException e)
        {
            throw new ValidationException("file", e.Message);
        }
    }

    public async Task<AgencyNames> AgenciesAsync(CancellationToken cancellationToken) =>
        new(await directory.AllAsync(cancellationToken));

    public async Task<List<CheckedRow>> CheckAsync(Source source, IReadOnlyList<PlanRow> rows, CancellationToken cancellationToken) =>
        PlanPreview.Check(rows, await AgenciesAsync(cancellationToken), source.SourceDate);

    /// <summary>Checks the rows again and saves them all, or nothing; null when there is no such source.</summary>
    public async Task<ImportOutcome?> SaveAsync(Guid sourceId, IReadOnlyList<PlanRow> rows, string fileName, CancellationToken cancellationToken)
    {
        var source = await SourceAsync(sourceId, cancellationToken);
        if (source is null)
        {
            return null;
        }
        var checkedRows = await CheckAsync(source, rows, cancellationToken);
        if (checkedRows.Count == 0 || checkedRows.Any(r => !r.IsValid))
        {
            return new ImportOutcome(false, checkedRows, 0, 0);
        }

        var now = time.GetUtcNow();
        var numbered = await db.Recommendations.CountAsync(r => r.SourceId == source.Id, cancellationToken);
        var groups = checkedRows.GroupBy(r => r.RecommendationIndex).ToList();
        // Thousands of new rows: tracked as added once each, without a scan of the tracker per row.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var group in groups)
        {
            var due = group.Max(r => r.DueOn!.Value);
            var recommendation = new Recommendation
            {
                Id = Guid.CreateVersion7(now),
                SourceId = source.Id,
                Number = (++numbered).ToString(CultureInfo.InvariantCulture),
                Text = group.First().RecommendationText,
                MultiAgency = group.Select(r => r.AgencyId).Distinct().Count() > 1,
                Timescale = due == source.SourceDate ? Timescale.Immediately : Timescale.ByDate,
                TimescaleDate = due == source.SourceDate ? null : due,
                DueOn = due,
            };
            db.Recommendations.Add(recommendation);
            var number = 0;
            foreach (var row in group)
            {
                db.KeyActions.Add(new KeyAction
                {
                    Id = Guid.CreateVersion7(now),
                    RecommendationId = recommendation.Id,
                    SourceId = source.Id,
                    Number = ++number,
                    Description = row.Input.KeyAction!.Trim(),
                    AgencyId = row.AgencyId!.Value,
                    LeadOfficer = row.LeadOfficer,
                    Evidence = Blank(row.Input.Evidence),
                    ExpectedOutcome = Blank(row.Input.ExpectedOutcome),
                    DueOn = row.DueOn!.Value,
                    Status = Brag.Red,
                });
            }
        }
        db.RecordEvent("Imported", nameof(Source), source.Id.ToString(),
            $"{checkedRows.Count} actions under {groups.Count} recommendations imported from {fileName}.");
        // One SaveChanges is one transaction: every recommendation and action is saved, or none.
        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcome(true, checkedRows, groups.Count, checkedRows.Count);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
