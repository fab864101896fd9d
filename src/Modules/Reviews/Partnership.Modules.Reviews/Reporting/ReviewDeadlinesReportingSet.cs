using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>
/// The statutory clock for Power BI: each review's deadlines with their status today, worked out in SQL
/// from the stored due dates, as <see cref="StatutoryClock.For"/> works them out for the screens.
/// </summary>
internal sealed class ReviewDeadlinesReportingSet : ReportingSet<ReviewDeadlineRow>
{
    public override string Name => "ReviewDeadlines";

    public override string Description => "The statutory deadlines of the reviews the reader may see (notification, rapid review, publication): one row per review and deadline, with its due date and how it stands today.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Review", "Reviews", nameof(ReviewDeadlineRow.ReviewId), nameof(ReviewRow.ReviewId)),
    ];

    public override IQueryable<ReviewDeadlineRow> Rows(IServiceProvider services)
    {
        var today = UkTime.Today(services.GetRequiredService<TimeProvider>());
        var db = services.GetRequiredService<ReviewsDbContext>();
        var visible = db.VisibleReviews();
        var holds = db.Set<Hold>();
        return db.Set<ReviewDeadline>().AsNoTracking()
            .Where(d => visible.Any(r => r.Id == d.ReviewId))
            .Select(d => new ReviewDeadlineRow
            {
                ReviewDeadlineId = d.ReviewId.ToString() + "/" + d.Kind.ToString(),
                ReviewId = d.ReviewId,
                Deadline = d.Kind.ToString(),
                Rule = d.Kind == DeadlineKind.Notification ? StatutoryClock.NotificationRule
                    : d.Kind == DeadlineKind.RapidReview ? StatutoryClock.RapidReviewRule
                    : StatutoryClock.PublicationRule,
                DueOn = d.DueOn,
                MetOn = d.MetOn,
                Status = d.MetOn != null ? (d.MetOn <= d.DueOn ? nameof(DeadlineStatus.Met) : nameof(DeadlineStatus.MetLate))
                    : d.Kind == DeadlineKind.Publication && holds.Any(h => h.ReviewId == d.ReviewId && h.EndedOn == null) ? nameof(DeadlineStatus.Held)
                    : today > d.DueOn ? nameof(DeadlineStatus.Overdue)
                    : today >= d.DueSoonFrom ? nameof(DeadlineStatus.DueSoon)
                    : nameof(DeadlineStatus.OnTime),
                DaysHeld = d.Kind == DeadlineKind.Publication
                    ? holds.Where(h => h.ReviewId == d.ReviewId).Sum(h => (h.EndedOn ?? today).DayNumber - h.StartedOn.DayNumber)
                    : 0,
            });
    }
}
