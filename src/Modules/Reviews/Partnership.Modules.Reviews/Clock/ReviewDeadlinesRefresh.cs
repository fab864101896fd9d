using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Reviews.Clock;

/// <summary>
/// Recomputes every review's deadline rows at start-up: it fills them in for reviews saved before they
/// existed, and corrects them when the shipped bank holidays or the clock's rules have changed.
/// </summary>
internal sealed class ReviewDeadlinesRefresh(ReviewsDbContext db) : IDerivedData
{
    private const int BatchSize = 500;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Reviews.AsNoTracking()
                .Where(r => r.Id.CompareTo(after) > 0)
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }
            await ReviewDeadlines.KeepUpToDateAsync(db, batch, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}
