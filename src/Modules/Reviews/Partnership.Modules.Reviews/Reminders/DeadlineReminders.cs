using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Notifications;

namespace Partnership.Modules.Reviews.Reminders;

/// <summary>
/// Tells the business team about each statutory deadline that is due soon or has been missed. A notice's
/// key names the review, the deadline, its due date and how it stands, so each is raised once: a deadline
/// that was due soon and is then missed gives two notices, a second run of the day gives none.
/// </summary>
internal sealed class DeadlineReminders(ReviewsDbContext db, INotifier notifier, TimeProvider time)
{
    public async Task<int> RaiseAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var open = await db.Reviews.AsNoTracking()
            .Include(r => r.Holds)
            .Where(r => r.ClosedOn == null
                && ((r.IncidentKnownOn != null && r.NotifiedOn == null)
                    || (r.NotifiedOn != null && r.RapidReviewOn == null)
                    || (r.Decision == DecisionOutcome.LocalReview && r.PublishedOn == null)))
            .OrderBy(r => r.Reference)
            .ToListAsync(cancellationToken);

        var told = 0;
        foreach (var review in open)
        {
            foreach (var deadline in StatutoryClock.For(review, today, WorkingDaysCalendar.EnglandAndWales)
                         .Where(d => d.Status is DeadlineStatus.DueSoon or DeadlineStatus.Overdue))
            {
                told += await notifier.NotifyAsync(Notice(review, deadline), NoticeAudience.BusinessTeam, cancellationToken);
            }
        }
        return told;
    }

    private static Notice Notice(Review review, Deadline deadline)
    {
        var missed = deadline.Status == DeadlineStatus.Overdue;
        var what = $"{deadline.Name} for {review.Reference} ({review.Subject})";
        return new Notice(
            Key: $"reviews:deadline:{review.Id}:{deadline.Name}:{deadline.Due:yyyy-MM-dd}:{deadline.Status}",
            Subject: missed ? $"Missed: {what}" : $"Due soon: {what}",
            Body: missed
                ? $"{deadline.Name} ({deadline.Rule}) was due on {UkTime.Date(deadline.Due)} and has not been recorded. Record it on the review's page, or say why it is late."
                : $"{deadline.Name} ({deadline.Rule}) is due on {UkTime.Date(deadline.Due)}.",
            Link: $"/reviews/review/{review.Id}");
    }
}
