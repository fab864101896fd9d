using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Tests;

internal static class ReviewBuilder
{
    public static readonly DateTimeOffset Now = new(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);

    public static Review CaseReview(DateOnly incidentKnownOn, DateOnly notifiedOn)
    {
        var review = new Review
        {
            Id = Guid.NewGuid(),
            Reference = "RR-1",
            Type = ReviewType.RapidReview,
            Subject = "Child T",
            Stage = ReviewStage.Notified,
            IncidentKnownOn = incidentKnownOn,
            NotifiedOn = notifiedOn,
        };
        review.StageChanges.Add(ReviewLifecycle.Change(review, "Notified", notifiedOn, "test", Now));
        return review;
    }

    public static Review Thematic(DateOnly commissionedOn)
    {
        var review = new Review { Id = Guid.NewGuid(), Reference = "TR-1", Type = ReviewType.ThematicReview, Subject = "Serious youth violence", Stage = ReviewStage.Commissioned, CommissionedOn = commissionedOn };
        review.StageChanges.Add(ReviewLifecycle.Change(review, "Commissioned", commissionedOn, "test", Now));
        return review;
    }

    public static void MoveTo(this Review review, ReviewStage stage, DateOnly on, DecisionOutcome? decision = null, string? reason = null) =>
        ReviewLifecycle.Move(review, stage, on, decision, reason, new DateOnly(2030, 1, 1), "test", Now);
}
