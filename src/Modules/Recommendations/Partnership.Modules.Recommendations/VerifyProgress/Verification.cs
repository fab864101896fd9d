using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.VerifyProgress;

/// <summary>A proposal waiting for the business team, with what they need to judge it.</summary>
internal sealed record QueueItem(
    Guid UpdateId,
    uint Version,
    Guid ActionId,
    string Source,
    string Recommendation,
    int ActionNumber,
    string Action,
    string LeadAgency,
    Brag CurrentStatus,
    bool CurrentCompleted,
    Brag ProposedStatus,
    bool ProposedCompleted,
    string Narrative,
    string? Impact,
    DateOnly ReportedOn,
    string RecordedBy,
    IReadOnlyList<EvidenceFile> Evidence)
{
    /// <summary>The number of a newer update the agency has recorded on the action since, which only can be accepted.</summary>
    public int? NewerUpdate { get; init; }
}

internal sealed record EvidenceFile(Guid DocumentId, string FileName, long Size);

/// <summary>The business team's queue of proposed statuses: accept (the status is confirmed) or challenge with a comment the agency reads.</summary>
internal sealed class Verification(RecommendationsDbContext db, IAgencyDirectory agencies, StatusConfirmation confirmation, TimeProvider time)
{
    public const string StaleMessage = "This update was accepted or challenged by someone else after you opened the queue. Reload the page to see what they decided.";

    public async Task<IReadOnlyList<QueueItem>> QueueAsync(CancellationToken cancellationToken)
    {
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var rows = await (
            from update in db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence)
            where update.State == UpdateState.AwaitingVerification
            join action in db.KeyActions on update.KeyActionId equals action.Id
            join recommendation in db.Recommendations on action.RecommendationId equals recommendation.Id
            join source in db.Sources on action.SourceId equals source.Id
            orderby update.RecordedAt
            select new
            {
                update, action, recommendation.Number, SourceReference = source.Reference, SourceTitle = source.Title,
                Newest = db.ProgressUpdates.Where(u => u.KeyActionId == update.KeyActionId).Max(u => u.Sequence),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QueueItem(
            r.update.Id, r.update.Version, r.action.Id, $"{r.SourceReference}: {r.SourceTitle}", r.Number, r.action.Number, r.action.Description,
            names.GetValueOrDefault(r.action.AgencyId, "Unknown agency"), r.action.Status, r.action.Completed,
            r.update.ProposedStatus, r.update.ProposedCompleted, r.update.Narrative, r.update.Impact, r.update.ReportedOn, r.update.RecordedBy,
            r.update.Evidence.OrderBy(e => e.FileName).Select(e => new EvidenceFile(e.DocumentId, e.FileName, e.Size)).ToList())
        {
            NewerUpdate = r.Newest > r.update.Sequence ? r.Newest : null,
        }).ToList();
    }

    public async Task<ProgressUpdate?> AcceptAsync(Guid updateId, uint? version, string? comment, CancellationToken cancellationToken)
    {
        var (update, action) = await PendingAsync(updateId, version, cancellationToken);
        if (update is null || action is null)
        {
            return null;
        }
        if (comment?.Trim().Length > 2000)
        {
            throw new ValidationException("comment", "The comment must be 2000 characters or fewer");
        }
        if (update.ProposedStatus == Brag.Blue && !BlueRule.IsEvidenceOfImpact(update))
        {
            throw new ValidationException("decision", BlueRule.Refusal);
        }
        // Accepting an older proposal would confirm a status the agency has since reported past.
        var newest = await db.ProgressUpdates.Where(u => u.KeyActionId == update.KeyActionId).MaxAsync(u => u.Sequence, cancellationToken);
        if (newest > update.Sequence)
        {
            throw new ValidationException("decision", $"The agency recorded a newer update ({newest}) on this action after this one ({update.Sequence}). Accept or challenge the newer one: it says where the action stands now.");
        }
        Decide(update, UpdateState.Accepted, comment);
        var why = $"Progress update {update.Sequence} accepted" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment.Trim()}");
        await confirmation.ConfirmAsync(action, update.ProposedStatus, update.ProposedCompleted, why, update.Id, cancellationToken);
        await SaveAsync(cancellationToken);
        return update;
    }

    public async Task<ProgressUpdate?> ChallengeAsync(Guid updateId, uint? version, string? comment, CancellationToken cancellationToken)
    {
        var (update, _) = await PendingAsync(updateId, version, cancellationToken);
        if (update is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ValidationException("comment", "Say what the agency needs to show or change");
        }
        if (comment.Trim().Length > 2000)
        {
            throw new ValidationException("comment", "The comment must be 2000 characters or fewer");
        }
        Decide(update, UpdateState.Challenged, comment);
        await SaveAsync(cancellationToken);
        return update;
    }

    private void Decide(ProgressUpdate update, UpdateState state, string? comment)
    {
        update.State = state;
        update.VerifierComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        update.VerifiedBy = db.User.Email ?? "system";
        update.VerifiedAt = time.GetUtcNow();
    }

    private async Task<(ProgressUpdate? Update, KeyAction? Action)> PendingAsync(Guid updateId, uint? version, CancellationToken cancellationToken)
    {
        var update = await db.ProgressUpdates.Include(u => u.Evidence).SingleOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        var action = update is null ? null : await db.KeyActions.SingleOrDefaultAsync(a => a.Id == update.KeyActionId, cancellationToken);
        if (update is null || action is null)
        {
            return (null, null);
        }
        if ((version is { } expected && expected != update.Version) || update.State != UpdateState.AwaitingVerification)
        {
            throw new ValidationException("version", StaleMessage);
        }
        return (update, action);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
    }
}
