using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Contracts;
using Partnership.Modules.Recommendations.Data;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>
/// Confirms an action's status the one way it is ever done: the status changes, the change is kept with
/// who, when and why, and the events other modules hear go in the outbox in the same transaction. Saving
/// is the caller's.
/// </summary>
internal sealed class StatusConfirmation(RecommendationsDbContext db, TimeProvider time)
{
    public async Task ConfirmAsync(KeyAction action, Brag status, bool completed, string why, Guid? progressUpdateId, CancellationToken cancellationToken)
    {
        // Blue is complete by definition; Amber and Red are not.
        completed = status switch
        {
            Brag.Blue => true,
            Brag.Green => completed,
            _ => false,
        };
        var now = time.GetUtcNow();
        var previous = action.Status;
        var wasDone = Overdue.IsDone(action.Status, action.Completed);
        action.Status = status;
        action.Completed = completed;
        db.StatusChanges.Add(new StatusChange
        {
            Id = Guid.CreateVersion7(now),
            KeyActionId = action.Id,
            From = previous,
            To = status,
            Completed = completed,
            Why = why,
            ProgressUpdateId = progressUpdateId,
            ChangedBy = db.User.Email ?? "system",
            ChangedAt = now,
        });
        var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == action.SourceId, cancellationToken);
        db.Publish(new ActionStatusConfirmed
        {
            OccurredAt = now,
            ActionId = action.Id,
            LeadAgencyId = action.AgencyId,
            SourceId = source.Id,
            ReviewId = source.ReviewId,
            Status = status.ToString(),
            Completed = completed,
            PreviousStatus = previous.ToString(),
            ConfirmedAt = now,
        });
        if (!wasDone && Overdue.IsDone(status, completed))
        {
            // The others are read from the database; this one's new status is not saved yet.
            var others = await db.KeyActions.IgnoreQueryFilters().Where(a => a.SourceId == source.Id && a.Id != action.Id)
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), Done = g.Count(a => a.Status == Brag.Blue || (a.Status == Brag.Green && a.Completed)) })
                .SingleOrDefaultAsync(cancellationToken);
            if (others is null || others.Count == others.Done)
            {
                db.Publish(new SourceActionsComplete
                {
                    OccurredAt = now,
                    SourceId = source.Id,
                    ReviewId = source.ReviewId,
                    Reference = source.Reference,
                    Actions = (others?.Count ?? 0) + 1,
                });
            }
        }
    }
}
