using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Recommendations.ViewAction;

internal sealed record ActionDetails(
    KeyAction Action,
    Recommendation Recommendation,
    Source Source,
    string LeadAgency,
    bool Overdue,
    IReadOnlyList<StatusChange> History,
    IReadOnlyList<ProgressUpdate> Updates,
    IReadOnlyDictionary<Brag, string> Definitions)
{
    public int UpdatesRecorded => Updates.Count == 0 ? 0 : Updates.Max(u => u.Sequence);

    public ProgressUpdate? Pending => Updates.Where(u => u.State == UpdateState.AwaitingVerification).MaxBy(u => u.Sequence);
}

/// <summary>One action as the user may see it: its definition, status history and the progress updates they may read.</summary>
internal sealed class ActionDetailsQuery(RecommendationsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<ActionDetails?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var action = await db.FindVisibleAsync<KeyAction>(id, cancellationToken);
        if (action is null)
        {
            return null;
        }
        var recommendation = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == action.RecommendationId, cancellationToken);
        var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == action.SourceId, cancellationToken);
        var history = await db.StatusChanges.AsNoTracking().Where(c => c.KeyActionId == id).OrderByDescending(c => c.ChangedAt).ToListAsync(cancellationToken);
        // The query filter leaves an agency's staff their own agency's updates; those who see every agency see all.
        var updates = await db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).Where(u => u.KeyActionId == id).OrderByDescending(u => u.Sequence).ToListAsync(cancellationToken);
        var definitions = await db.BragDefinitions.AsNoTracking().ToDictionaryAsync(d => d.Status, d => d.Meaning, cancellationToken);
        var agency = (await agencies.AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == action.AgencyId)?.Name ?? "Unknown agency";
        return new ActionDetails(action, recommendation, source, agency, Overdue.IsOverdue(action, UkTime.Today(time)), history, updates, definitions);
    }

    /// <summary>An evidence file, if the progress update it belongs to is one the user may read.</summary>
    public async Task<SharedKernel.Documents.StoredDocument?> EvidenceAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var visible = await db.ProgressEvidence.AnyAsync(e => e.DocumentId == documentId, cancellationToken);
        if (!visible)
        {
            if (await db.ProgressEvidence.IgnoreQueryFilters().AnyAsync(e => e.DocumentId == documentId, cancellationToken))
            {
                db.RecordEvent("AccessDenied", nameof(ProgressEvidence), documentId.ToString(), "Another agency's evidence was asked for.");
                await db.SaveChangesAsync(cancellationToken);
            }
            return null;
        }
        return await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
    }
}
