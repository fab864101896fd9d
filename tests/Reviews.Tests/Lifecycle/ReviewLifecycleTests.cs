using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Validation;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Lifecycle;

public sealed class ReviewLifecycleTests
{
    private static readonly DateOnly Known = new(2024, 5, 1);
    private static readonly DateOnly Today = new(2030, 1, 1);

    [Fact]
    public void A_case_review_runs_from_notification_to_closure_recording_each_step()
    {
        var review = ReviewBuilder.CaseReview(Known, new DateOnly(2024, 5, 3));

        review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 5, 20));
        review.MoveTo(ReviewStage.Decided, new DateOnly(2024, 5, 21), DecisionOutcome.LocalReview);
        foreach (var (stage, day) in new[] { (ReviewStage.Commissioned, 1), (ReviewStage.InProgress, 2), (ReviewStage.Draft, 3), (ReviewStage.SignedOff, 4), (ReviewStage.Published, 5), (ReviewStage.Closed, 6) })
        {
            review.MoveTo(stage, new DateOnly(2024, 9, day));
        }

        review.Stage.ShouldBe(ReviewStage.Closed);
        review.PublishedOn.ShouldBe(new DateOnly(2024, 9, 5));
        review.StageChanges.Count.ShouldBe(9);
        ReviewLifecycle.NextStages(review).ShouldBeEmpty();
    }

    [Fact]
    public void A_review_never_signed_off_cannot_be_published()
    {
        var review = ReviewBuilder.Thematic(new DateOnly(2024, 1, 10));
        review.MoveTo(ReviewStage.InProgress, new DateOnly(2024, 2, 1));

        var error = Should.Throw<ValidationException>(() => review.MoveTo(ReviewStage.Published, new DateOnly(2024, 3, 1)));

        error.Errors["stage"].ShouldHaveSingleItem().ShouldContain("cannot move to published");
        review.Stage.ShouldBe(ReviewStage.InProgress);
        review.PublishedOn.ShouldBeNull();
    }

    [Fact]
    public void A_thematic_review_skips_notification_rapid_review_and_decision()
    {
        ReviewLifecycle.FirstStage(ReviewType.ThematicReview).ShouldBe(ReviewStage.Commissioned);
        ReviewLifecycle.FirstStage(ReviewType.Inspection).ShouldBe(ReviewStage.InProgress);
        ReviewLifecycle.FirstStage(ReviewType.LocalCspr).ShouldBe(ReviewStage.Notified);
        ReviewLifecycle.NextStages(ReviewBuilder.Thematic(new DateOnly(2024, 1, 10))).ShouldBe([ReviewStage.InProgress]);
    }

    [Fact]
    public void A_decision_of_no_local_review_needs_a_reason_and_leads_to_closure()
    {
        var review = ReviewBuilder.CaseReview(Known, new DateOnly(2024, 5, 3));
        review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 5, 20));

        Should.Throw<ValidationException>(() => review.MoveTo(ReviewStage.Decided, new DateOnly(2024, 5, 21), DecisionOutcome.NoLocalReview))
            .Errors.ShouldContainKey("reason");
        review.MoveTo(ReviewStage.Decided, new DateOnly(2024, 5, 21), DecisionOutcome.NoLocalReview, "Learning already captured by a single-agency review");

        ReviewLifecycle.NextStages(review).ShouldBe([ReviewStage.Closed]);
        review.DecisionReason.ShouldBe("Learning already captured by a single-agency review");
    }

    [Fact]
    public void Dates_before_the_incident_or_before_the_last_step_or_in_the_future_are_refused()
    {
        var review = ReviewBuilder.CaseReview(Known, new DateOnly(2024, 5, 3));

        Should.Throw<ValidationException>(() => review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 4, 30))).Errors["on"].ShouldContain(m => m.Contains("before the incident"));
        Should.Throw<ValidationException>(() => review.MoveTo(ReviewStage.RapidReview, new DateOnly(2024, 5, 2))).Errors["on"].ShouldContain(m => m.Contains("last recorded step"));
        Should.Throw<ValidationException>(() => ReviewLifecycle.Move(review, ReviewStage.RapidReview, new DateOnly(2024, 6, 4), null, null, new DateOnly(2024, 6, 3), "test", ReviewBuilder.Now))
            .Errors["on"].ShouldContain("The date cannot be in the future");
    }

    [Fact]
    public void A_held_review_cannot_be_published_until_it_resumes()
    {
        var review = ReviewBuilder.Thematic(new DateOnly(2024, 1, 10));
        review.MoveTo(ReviewStage.InProgress, new DateOnly(2024, 1, 11));
        review.MoveTo(ReviewStage.Draft, new DateOnly(2024, 2, 1));
        review.MoveTo(ReviewStage.SignedOff, new DateOnly(2024, 3, 1));
        ReviewLifecycle.PlaceOnHold(review, ParallelProcess.CriminalTrial, "Trial listed for July", new DateOnly(2024, 7, 31), new DateOnly(2024, 3, 2), Today, "test", ReviewBuilder.Now);

        Should.Throw<ValidationException>(() => review.MoveTo(ReviewStage.Published, new DateOnly(2024, 4, 1))).Errors["stage"].ShouldContain(m => m.Contains("held for the criminal trial"));
        ReviewLifecycle.Resume(review, new DateOnly(2024, 8, 1), Today, "test", ReviewBuilder.Now);
        review.MoveTo(ReviewStage.Published, new DateOnly(2024, 8, 2));

        review.Stage.ShouldBe(ReviewStage.Published);
        review.Holds.ShouldHaveSingleItem().EndedOn.ShouldBe(new DateOnly(2024, 8, 1));
    }

    [Fact]
    public void A_hold_needs_a_process_a_reason_and_a_date_to_look_again_and_cannot_come_before_the_decision()
    {
        var early = ReviewBuilder.CaseReview(Known, new DateOnly(2024, 5, 3));
        Should.Throw<ValidationException>(() => ReviewLifecycle.PlaceOnHold(early, ParallelProcess.CoronersInquest, "Inquest", new DateOnly(2024, 9, 1), new DateOnly(2024, 5, 4), Today, "test", ReviewBuilder.Now))
            .Errors["process"].ShouldContain("Only a review after its decision and before publication can be held");

        var review = ReviewBuilder.Thematic(new DateOnly(2024, 1, 10));
        var errors = Should.Throw<ValidationException>(() => ReviewLifecycle.PlaceOnHold(review, null, " ", null, new DateOnly(2024, 1, 11), Today, "test", ReviewBuilder.Now)).Errors;
        errors.Keys.ShouldBe(["process", "reason", "lookAgainOn"], ignoreOrder: true);
        review.Holds.ShouldBeEmpty();
    }
}
