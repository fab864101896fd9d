using Partnership.Modules.Reviews.Contracts;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Events;

namespace Partnership.Modules.Reviews.MoveReview;

/// <summary>The events other modules hear when a review moves: a decision, publication, closure, a hold and its end.</summary>
internal static class ReviewEvents
{
    /// <summary>The event for reaching this stage, if other modules care about it.</summary>
    public static IntegrationEvent? Reached(Review review, ReviewStage stage, DateTimeOffset now) => stage switch
    {
        ReviewStage.Decided when review is { Decision: { } decision, DecidedOn: { } on } => new ReviewDecisionMade
        {
            ReviewId = review.Id, Reference = review.Reference, OccurredAt = now,
            Decision = Contract(decision), DecidedOn = on, Reason = review.DecisionReason,
        },
        ReviewStage.Published when review.PublishedOn is { } on => new ReviewPublished
        {
            ReviewId = review.Id, Reference = review.Reference, OccurredAt = now, PublishedOn = on,
        },
        ReviewStage.Closed when review.ClosedOn is { } on => new ReviewClosed
        {
            ReviewId = review.Id, Reference = review.Reference, OccurredAt = now, ClosedOn = on,
        },
        _ => null,
    };

    public static ReviewHeld Held(Review review, Hold hold, DateTimeOffset now) => new()
    {
        ReviewId = review.Id, Reference = review.Reference, OccurredAt = now,
        Process = hold.Process.DisplayName(), Reason = hold.Reason, HeldOn = hold.StartedOn, LookAgainOn = hold.LookAgainOn,
    };

    public static ReviewResumed Resumed(Review review, DateOnly on, DateTimeOffset now) => new()
    {
        ReviewId = review.Id, Reference = review.Reference, OccurredAt = now, ResumedOn = on,
    };

    private static ReviewDecision Contract(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.LocalReview => ReviewDecision.LocalReview,
        DecisionOutcome.NoLocalReview => ReviewDecision.NoLocalReview,
        DecisionOutcome.ReferredToNationalPanel => ReviewDecision.ReferredToNationalPanel,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A decision the contract does not name."),
    };
}
