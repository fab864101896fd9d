using System.Linq.Expressions;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.Clock;

/// <summary>
/// "Has a deadline that is overdue today", as a condition the database can answer. Each deadline's due
/// date only moves forward as its start date does, so for one day there is a latest start date whose
/// deadline has passed: those thresholds are worked out here from the calendar, and the query compares
/// plain dates. It must agree with <see cref="StatutoryClock"/>; a test holds the two together.
/// </summary>
internal static class OverdueFilter
{
    private static readonly ReviewType[] CaseReviews = Enum.GetValues<ReviewType>().Where(t => t.IsCaseReview()).ToArray();

    public static Expression<Func<Review, bool>> On(DateOnly today, WorkingDaysCalendar calendar)
    {
        var notifyBefore = FirstStartNotYetDue(start => calendar.AddWorkingDays(start, StatutoryClock.NotificationWorkingDays), today);
        var rapidReviewBefore = FirstStartNotYetDue(start => calendar.AddWorkingDays(start, StatutoryClock.RapidReviewWorkingDays), today);
        var publishBefore = FirstStartNotYetDue(start => start.AddMonths(StatutoryClock.PublicationMonths), today);
        var caseReviews = CaseReviews;
        return review =>
            (caseReviews.Contains(review.Type) && review.NotifiedOn == null && review.IncidentKnownOn < notifyBefore)
            || (caseReviews.Contains(review.Type) && review.RapidReviewOn == null && review.NotifiedOn < rapidReviewBefore)
            || (review.Decision == DecisionOutcome.LocalReview && review.PublishedOn == null && review.DecidedOn < publishBefore
                && !review.Holds.Any(hold => hold.EndedOn == null));
    }

    // The earliest start date whose deadline is today or later; every earlier start is overdue today.
    private static DateOnly FirstStartNotYetDue(Func<DateOnly, DateOnly> due, DateOnly today)
    {
        var start = today;
        while (due(start.AddDays(-1)) >= today)
        {
            start = start.AddDays(-1);
        }
        while (due(start) < today)
        {
            start = start.AddDays(1);
        }
        return start;
    }
}
