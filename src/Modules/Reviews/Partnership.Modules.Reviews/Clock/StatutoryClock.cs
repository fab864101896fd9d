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

    private const int DueSoonWorkingDays = 2;
    private const int PublicationDueSoonDays = 30;

    public static IReadOnlyList<Deadline> For(Review review, DateOnly today, WorkingDaysCalendar calendar)
    {
        var deadlines = new List<Deadline>();
        if (review.Type.IsCaseReview() && review.IncidentKnownOn is { } known)
        {
            var due = calendar.AddWorkingDays(known, NotificationWorkingDays);
            deadlines.Add(Working("Notification to the national panel", $"{NotificationWorkingDays} working days from becoming aware", due, review.NotifiedOn, today, calendar));
        }
        if (review.Type.IsCaseReview() && review.NotifiedOn is { } notified)
        {
            var due = calendar.AddWorkingDays(notified, RapidReviewWorkingDays);
            deadlines.Add(Working("Rapid review", $"{RapidReviewWorkingDays} working days from notification", due, review.RapidReviewOn, today, calendar));
        }
        if (review.Decision == DecisionOutcome.LocalReview && review.DecidedOn is { } decided)
        {
            var due = decided.AddMonths(PublicationMonths);
            var daysHeld = review.Holds.Sum(h => h.Days(today));
            var status = review.PublishedOn is { } published
                ? (published <= due ? DeadlineStatus.Met : DeadlineStatus.MetLate)
                : review.CurrentHold is not null ? DeadlineStatus.Held
                : today > due ? DeadlineStatus.Overdue
                : due.DayNumber - today.DayNumber <= PublicationDueSoonDays ? DeadlineStatus.DueSoon
                : DeadlineStatus.OnTime;
            deadlines.Add(new Deadline("Publication", $"{PublicationMonths} months from the decision", due, review.PublishedOn, status, daysHeld));
        }
        return deadlines;
    }

    private static Deadline Working(string name, string rule, DateOnly due, DateOnly? metOn, DateOnly today, WorkingDaysCalendar calendar)
    {
        var status = metOn is { } met
            ? (met <= due ? DeadlineStatus.Met : DeadlineStatus.MetLate)
            : today > due ? DeadlineStatus.Overdue
            : calendar.WorkingDaysBetween(today, due) <= DueSoonWorkingDays ? DeadlineStatus.DueSoon
            : DeadlineStatus.OnTime;
        return new Deadline(name, rule, due, metOn, status, 0);
    }
}
