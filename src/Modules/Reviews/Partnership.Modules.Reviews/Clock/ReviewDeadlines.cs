using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.Clock;

/// <summary>Brings reviews' deadline rows in line with the statutory clock, ready to be saved with them.</summary>
internal static class ReviewDeadlines
{
    public static async Task KeepUpToDateAsync(ReviewsDbContext db, IReadOnlyCollection<Review> reviews, CancellationToken cancellationToken)
    {
        var ids = reviews.Select(r => r.Id).ToList();
        var stored = (await db.Set<ReviewDeadline>().Where(d => ids.Contains(d.ReviewId)).ToListAsync(cancellationToken)).ToLookup(d => d.ReviewId);
        foreach (var review in reviews)
        {
            var unscheduled = stored[review.Id].ToDictionary(d => d.Kind);
            foreach (var deadline in Schedule(review))
            {
                if (!unscheduled.Remove(deadline.Kind, out var row))
                {
                    row = new ReviewDeadline { ReviewId = review.Id, Kind = deadline.Kind };
                    db.Add(row);
                }
                row.DueOn = deadline.Due;
                row.DueSoonFrom = deadline.DueSoonFrom;
                row.MetOn = deadline.MetOn;
            }
            db.RemoveRange(unscheduled.Values);
        }
    }

    private static IReadOnlyList<ScheduledDeadline> Schedule(Review review)
    {
        try
        {
            return StatutoryClock.Schedule(review, WorkingDaysCalendar.EnglandAndWales);
        }
        catch (CalendarOutOfRangeException)
        {
            // A date outside the years the calendar knows has no countable deadline; refusing it here would
            // fail every save of the review and every start-up.
            return [];
        }
    }
}
