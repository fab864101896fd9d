using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.ViewReview;

/// <summary>Everything the review page and <c>GET /api/reviews/{id}</c> show.</summary>
internal sealed record ReviewDetails(Review Review, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<AgencySummary> Agencies, DateOnly Today);

internal sealed class ReviewDetailsQuery(ReviewsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<ReviewDetails?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().AsNoTracking()
            .Include(r => r.Agencies)
            .Include(r => r.Holds)
            .Include(r => r.StageChanges)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return null;
        }
        var today = UkTime.Today(time);
        var involved = review.Agencies.Select(a => a.AgencyId).ToHashSet();
        var names = (await agencies.AllAsync(cancellationToken)).Where(a => involved.Contains(a.Id)).ToList();
        return new ReviewDetails(review, StatutoryClock.For(review, today, WorkingDaysCalendar.EnglandAndWales), names, today);
    }
}
