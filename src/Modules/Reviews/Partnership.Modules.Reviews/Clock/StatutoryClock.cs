using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.Clock;

/// <summary>
/// The statutory clock of Working Together and the 2018 Regulations: notify the national panel within
/// 5 working days of becoming aware of a serious incident, hold the rapid review within 15 working days
/// of the notification, and publish a local review within 6 months of the decision to hold it. While a
/// review is held, its publication deadline shows as held, not overdue.
/// </summary>
internal static class StatutoryClock
{
    public const int NotificationWorkingDays = 5;
    public const int RapidReviewWorkingDays = 15;
    public const int PublicationMonths = 6;

    public const string NotificationRule = "5 working days from becoming aware";
    public const string RapidReviewRule = "15 working days from notification";
    public const string PublicationRule = "6 months from the decision";

    private const int DueSoonWorkingDays = 2;
    private const int PublicationDueSoonDays = 30;

    /// <summary>The review's deadlines, with how each stands on <paramref name="today"/>.</summary>
    public static IReadOnlyList<Deadline> For(Review review, DateOnly today, WorkingDaysCalendar calendar) =>
        [.. Schedule(review, calendar).Select(deadline => deadline.Kind == DeadlineKind.Publication
            ? Publication(deadline, review, today)
            : Working(deadline, today))];

    /// <summary>The review's deadlines as its dates fix them, the same on any day.</summary>
    public static IReadOnlyList<ScheduledDeadline> Schedule(Review review, WorkingDaysCalendar calendar)
    {
        var deadlines = new List<ScheduledDeadline>();
        if (review.Type.IsCaseReview() && review.IncidentKnownOn is { } known)
        {
            var due = calendar.AddWorkingDays(known, NotificationWorkingDays);
            deadlines.Add(new(DeadlineKind.Notification, "Notification to the national panel", NotificationRule, due, WorkingDueSoonFrom(due, calendar), review.NotifiedOn));
        }
        if (review.Type.IsCaseReview() && review.NotifiedOn is { } notified)
        {
            var due = calendar.AddWorkingDays(notified, RapidReviewWorkingDays);
            deadlines.Add(new(DeadlineKind.RapidReview, "Rapid review", RapidReviewRule, due, WorkingDueSoonFrom(due, calendar), review.RapidReviewOn));
        }
        if (review.Decision == DecisionOutcome.LocalReview && review.DecidedOn is { } decided)
        {
            var due = decided.AddMonths(PublicationMonths);
            deadlines.Add(new(DeadlineKind.Publication, "Publication", PublicationRule, due, due.AddDays(-PublicationDueSoonDays), review.PublishedOn));
        }
        return deadlines;
    }

    private static Deadline Publication(ScheduledDeadline deadline, Review review, DateOnly today)
    {
        var status = deadline.MetOn is { } published
            ? (published <= deadline.Due ? DeadlineStatus.Met : DeadlineStatus.MetLate)
            : review.CurrentHold is not null ? DeadlineStatus.Held
            : today > deadline.Due ? DeadlineStatus.Overdue
            : today >= deadline.DueSoonFrom ? DeadlineStatus.DueSoon
            : DeadlineStatus.OnTime;
        return new Deadline(deadline.Kind, deadline.Name, deadline.Rule, deadline.Due, deadline.MetOn, status, review.Holds.Sum(h => h.Days(today)));
    }

    private static Deadline Working(ScheduledDeadline deadline, DateOnly today)
    {
        var status = deadline.MetOn is { } met
            ? (met <= deadline.Due ? DeadlineStatus.Met : DeadlineStatus.MetLate)
            : today > deadline.Due ? DeadlineStatus.Overdue
            : today >= deadline.DueSoonFrom ? DeadlineStatus.DueSoon
            : DeadlineStatus.OnTime;
        return new Deadline(deadline.Kind, deadline.Name, deadline.Rule, deadline.Due, deadline.MetOn, status, 0);
    }

    // The working days left only fall as the days pass, so from this date on the deadline is due soon.
    private static DateOnly WorkingDueSoonFrom(DateOnly due, WorkingDaysCalendar calendar)
    {
        var from = due;
        while (calendar.WorkingDaysBetween(from.AddDays(-1), due) <= DueSoonWorkingDays)
        {
            from = from.AddDays(-1);
        }
        return from;
    }
}
