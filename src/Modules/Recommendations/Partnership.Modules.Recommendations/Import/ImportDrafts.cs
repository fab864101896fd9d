using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>An uploaded plan's draft checked: its plan and every row, fixes included.</summary>
internal sealed record CheckedDraft(ImportDraft Draft, Source Source, IReadOnlyList<CheckedRow> Rows)
{
    public int RowsWithErrors => Rows.Count(r => !r.IsValid);
}

/// <summary>
/// The drafts of the import screens: an upload read once into a draft, which its owner maps, fixes and
/// imports or cancels. Another user's draft is not found.
/// </summary>
internal sealed class ImportDrafts(RecommendationsDbContext db, PlanImporter importer, ICurrentUser user, TimeProvider time)
{
    public async Task<ImportDraft> StartAsync(Guid? sourceId, IFormFile? file, CancellationToken cancellationToken)
    {
        var (source, sheet) = await importer.ReadUploadAsync(sourceId, file, cancellationToken);
        var now = time.GetUtcNow();
        // A draft left for a day has been given up: it goes when anyone starts the next one, with no job to
        // clear it. It is a working copy, not a record, so its expiry is not in the audit trail.
        await db.ImportDrafts.Where(d => d.CreatedAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        var draft = ImportDraft.Start(source.Id, Path.GetFileName(file!.FileName), sheet, user.UserId!.Value, now);
        db.ImportDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<ImportDraft?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ImportDrafts.SingleOrDefaultAsync(d => d.Id == id && d.CreatedBy == user.UserId, cancellationToken);

    /// <summary>Every row checked as it would be imported; null when the plan is gone.</summary>
    public async Task<CheckedDraft?> CheckAsync(ImportDraft draft, CancellationToken cancellationToken) =>
        await importer.SourceAsync(draft.SourceId, cancellationToken) is { } source
            ? new CheckedDraft(draft, source, await importer.CheckAsync(source, draft.Rows(), cancellationToken))
            : null;

    public async Task SaveAsync(CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);

    public async Task CancelAsync(ImportDraft draft, CancellationToken cancellationToken)
    {
        db.ImportDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Imports every row or none. The draft is deleted in the import's own transaction, so pressing the
    /// button twice cannot import the plan twice: the second save finds no draft to delete and fails whole.
    /// </summary>
    public async Task<ImportOutcome?> ImportAsync(ImportDraft draft, CancellationToken cancellationToken)
    {
        db.ImportDrafts.Remove(draft);
        return await importer.SaveAsync(draft.SourceId, draft.Rows(), draft.FileName, cancellationToken);
    }
}
