using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.SharedKernel.Calendar;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Clock;

public sealed class StatutoryClockTests
{
    private static readonly WorkingDaysCalendar Calendar = WorkingDaysCalendar.EnglandAndWales;

    [Fact]
    public void The_rapid_review_is_due_15_working_days_after_a_notification_on_the_friday_before_a_bank_holiday()
    {
        // Notified Friday 24 May 2024; Monday 27 May was the spring bank holiday.
        var review = ReviewBuilder.CaseReview(new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 24));

        var rapid = StatutoryClock.For(review, new DateOnly(2024, 5, 28), Calendar).Single(d => d.Name == "Rapid review");

        rapid.Due.ShouldBe(new DateOnly(2024, 6, 17));
        rapid.Status.ShouldBe(DeadlineStatus.OnTime);
    }

    [Fact]
    public void Notification_counts_five_working_days_across_a_year_end()
    {
        // Known Friday 22 December 2023: 25 and 26 December and 1 January are bank holidays.
        var review = ReviewBuilder.CaseReview(new DateOnly(2023, 12, 22), new DateOnly(2024, 1, 4));

        var notification = StatutoryClock.For(review, new DateOnly(2024, 1, 10), Calendar).Single(d => d.Name.StartsWith("Notification", StringComparison.Ordinal));

        notification.Due.ShouldBe(new DateOnly(2024, 1, 3));
        notification.Status.ShouldBe(DeadlineStatus.MetLate);
    }

    [Fact]
    public void Each_deadline_is_on_time_due_soon_overdue_met_or_met_late()
    {
        var review = ReviewBuilder.CaseReview(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 3));
        DeadlineStatus RapidOn(DateOnly today) => StatutoryClock.For(review, today, Calendar).Single(d => d.Name == "Rapid review").Status;

        // Due Tuesday 28 May 2024: 6 and 27 May were bank holidays.
        RapidOn(new DateOnly(2024, 5, 7)).ShouldBe(DeadlineStatus.OnTime);
        RapidOn(new DateOnly(2024, 5, 24)).ShouldBe(DeadlineStatus.DueSoon);
        RapidOn(new DateOnly(2024, 5, 28)).ShouldBe(DeadlineStatus.DueSoon);
        RapidOn(new DateOnly(2024, 5, 29)).ShouldBe(DeadlineStatus.Overdue);
        review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 5, 28));
        RapidOn(new DateOnly(2024, 6, 1)).ShouldBe(DeadlineStatus.Met);
    }

    [Fact]
    public void Publication_shows_held_while_held_and_the_time_held_then_counts_again_after_resuming()
    {
        var review = ReviewBuilder.CaseReview(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4));
        review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 1, 20));
        review.MoveTo(ReviewStage.Decided, new DateOnly(2024, 1, 25), DecisionOutcome.LocalReview);
        ReviewLifecycle.PlaceOnHold(review, ParallelProcess.CriminalTrial, "Trial in the autumn", new DateOnly(2024, 10, 1), new DateOnly(2024, 3, 1), new DateOnly(2030, 1, 1), "test", ReviewBuilder.Now);

        var held = StatutoryClock.For(review, new DateOnly(2024, 9, 1), Calendar).Single(d => d.Name == "Publication");
        held.Due.ShouldBe(new DateOnly(2024, 7, 25));
        held.Status.ShouldBe(DeadlineStatus.Held);
        held.DaysHeld.ShouldBe(184);

        ReviewLifecycle.Resume(review, new DateOnly(2024, 10, 1), new DateOnly(2030, 1, 1), "test", ReviewBuilder.Now);
        var resumed = StatutoryClock.For(review, new DateOnly(2024, 11, 1), Calendar).Single(d => d.Name == "Publication");
        resumed.Status.ShouldBe(DeadlineStatus.Overdue);
        resumed.DaysHeld.ShouldBe(214);
    }

    [Fact]
    public void Thematic_reviews_have_no_statutory_deadlines()
    {
        StatutoryClock.For(ReviewBuilder.Thematic(new DateOnly(2024, 1, 10)), new DateOnly(2024, 6, 1), Calendar).ShouldBeEmpty();
    }
}
