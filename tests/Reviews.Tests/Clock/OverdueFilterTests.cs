using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Clock;

/// <summary>The register's overdue filter runs in SQL; here it must say exactly what the clock says.</summary>
public sealed class OverdueFilterTests
{
    private static readonly WorkingDaysCalendar Calendar = WorkingDaysCalendar.EnglandAndWales;

    [Fact]
    public void The_filter_agrees_with_the_clock_for_every_kind_of_review_on_every_day_around_bank_holidays()
    {
        var random = new Random(20261122);
        var reviews = Enumerable.Range(0, 400).Select(_ => RandomReview(random)).ToList();
        var disagreements = new List<string>();

        // Christmas, Easter and the May bank holidays of 2024, and ordinary weeks between.
        for (var today = new DateOnly(2024, 3, 20); today <= new DateOnly(2025, 1, 10); today = today.AddDays(3))
        {
            var filter = OverdueFilter.On(today, Calendar).Compile();
            foreach (var review in reviews)
            {
                var clock = StatutoryClock.For(review, today, Calendar).Any(d => d.Status == DeadlineStatus.Overdue);
                if (filter(review) != clock)
                {
                    disagreements.Add($"{today}: {review.Type} known {review.IncidentKnownOn} notified {review.NotifiedOn} rapid {review.RapidReviewOn} decided {review.DecidedOn} {review.Decision} published {review.PublishedOn} held {review.CurrentHold is not null}: clock {clock}");
                }
            }
        }

        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void A_rapid_review_is_overdue_from_the_working_day_after_it_was_due()
    {
        // Notified Friday 24 May 2024 (Monday 27 May a bank holiday): due Monday 17 June.
        var review = ReviewBuilder.CaseReview(new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 24));

        OverdueFilter.On(new DateOnly(2024, 6, 17), Calendar).Compile()(review).ShouldBeFalse();
        OverdueFilter.On(new DateOnly(2024, 6, 18), Calendar).Compile()(review).ShouldBeTrue();
    }

    private static Review RandomReview(Random random)
    {
        var types = Enum.GetValues<ReviewType>();
        var start = new DateOnly(2024, 1, 2).AddDays(random.Next(300));
        DateOnly? Maybe(DateOnly? after, int withinDays) =>
            after is { } from && random.Next(3) > 0 ? from.AddDays(random.Next(withinDays)) : null;
        var known = start;
        var notified = Maybe(known, 12);
        var rapid = Maybe(notified, 30);
        var decided = Maybe(rapid, 10);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            Reference = "R",
            Subject = "S",
            Type = types[random.Next(types.Length)],
            IncidentKnownOn = random.Next(5) > 0 ? known : null,
            NotifiedOn = notified,
            RapidReviewOn = rapid,
            DecidedOn = decided,
            Decision = decided is null ? null : (DecisionOutcome)random.Next(3),
            PublishedOn = Maybe(decided, 250),
        };
        if (decided is { } on && random.Next(4) == 0)
        {
            review.Holds.Add(new Hold { Id = Guid.NewGuid(), ReviewId = review.Id, Process = ParallelProcess.CriminalTrial, Reason = "Trial", StartedOn = on.AddDays(20), LookAgainOn = on.AddDays(90), EndedOn = random.Next(2) == 0 ? on.AddDays(random.Next(30, 200)) : null });
        }
        return review;
    }
}
