using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>
/// The moves a review may make, and what each move records. A case review runs from notification
/// through the rapid review and its decision; thematic reviews, peer reviews and inspections skip the
/// stages that do not apply to them. Publication waits while the review is held.
/// </summary>
internal static class ReviewLifecycle
{
    private static readonly ReviewStage[] AfterCommissioning =
        [ReviewStage.Commissioned, ReviewStage.InProgress, ReviewStage.Draft, ReviewStage.SignedOff, ReviewStage.Published, ReviewStage.Closed];

    private static readonly ReviewStage[] InspectionStages = [ReviewStage.InProgress, ReviewStage.Published, ReviewStage.Closed];

    public static ReviewStage FirstStage(ReviewType type) => type switch
    {
        _ when type.IsCaseReview() => ReviewStage.Notified,
        ReviewType.Inspection => ReviewStage.InProgress,
        _ => ReviewStage.Commissioned,
    };

    /// <summary>The stages the review may move to next.</summary>
    public static IReadOnlyList<ReviewStage> NextStages(Review review)
    {
        if (review.Stage == ReviewStage.Closed)
        {
            return [];
        }
        if (review.Type.IsCaseReview() && review.Stage < ReviewStage.Decided)
        {
            return [review.Stage + 1];
        }
        if (review.Stage == ReviewStage.Decided)
        {
            return review.Decision == DecisionOutcome.LocalReview ? [ReviewStage.Commissioned] : [ReviewStage.Closed];
        }
        var path = review.Type == ReviewType.Inspection ? InspectionStages : AfterCommissioning;
        var next = path[Array.IndexOf(path, review.Stage) + 1];
        return [next];
    }

    /// <summary>Records that the review reached <paramref name="to"/> on <paramref name="on"/>.</summary>
    public static void Move(Review review, ReviewStage to, DateOnly on, DecisionOutcome? decision, string? reason, DateOnly today, string actor, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!NextStages(review).Contains(to))
        {
            errors.Add("stage", $"A review that is {review.Stage.DisplayName().ToLowerInvariant()} cannot move to {to.DisplayName().ToLowerInvariant()}");
        }
        if (review.CurrentHold is not null && to is ReviewStage.Published or ReviewStage.Closed)
        {
            errors.Add("stage", $"The review is held for the {review.CurrentHold.Process.DisplayName().ToLowerInvariant()}: resume it before it is {to.DisplayName().ToLowerInvariant()}");
        }
        CheckDate(review, on, today, errors, "on");
        if (to == ReviewStage.Decided)
        {
            if (decision is null)
            {
                errors.Add("decision", "Select what the rapid review decided");
            }
            else if (decision != DecisionOutcome.LocalReview && string.IsNullOrWhiteSpace(reason))
            {
                errors.Add("reason", "Enter the reason for the decision");
            }
        }
        errors.ThrowIfAny();

        review.Reached(to, on);
        if (to == ReviewStage.Decided)
        {
            review.Decision = decision;
            review.DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        }
        var what = to == ReviewStage.Decided ? $"Decision: {decision!.Value.DisplayName()}" : to.DisplayName();
        review.StageChanges.Add(Change(review, what, on, actor, now));
    }

    public static void PlaceOnHold(Review review, ParallelProcess? process, string? reason, DateOnly? lookAgainOn, DateOnly on, DateOnly today, string actor, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var afterDecision = review.Type.IsCaseReview() ? review.Stage >= ReviewStage.Decided : true;
        if (!afterDecision || review.Stage == ReviewStage.Closed || review.Stage == ReviewStage.Published)
        {
            errors.Add("process", "Only a review after its decision and before publication can be held");
        }
        if (review.CurrentHold is not null)
        {
            errors.Add("process", "The review is already held");
        }
        if (process is null)
        {
            errors.Add("process", "Select the process the review is held for");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "Enter why the review is held");
        }
        if (lookAgainOn is null)
        {
            errors.Add("lookAgainOn", "Enter the date to look at the hold again");
        }
        else if (lookAgainOn < on)
        {
            errors.Add("lookAgainOn", "The date to look again must be on or after the date the hold starts");
        }
        CheckDate(review, on, today, errors, "on");
        errors.ThrowIfAny();

        review.Holds.Add(new Hold
        {
            Id = Guid.CreateVersion7(now),
            ReviewId = review.Id,
            Process = process!.Value,
            Reason = reason!.Trim(),
            StartedOn = on,
            LookAgainOn = lookAgainOn!.Value,
        });
        review.StageChanges.Add(Change(review, $"Held for the {process.Value.DisplayName().ToLowerInvariant()}: {reason!.Trim()}", on, actor, now));
    }

    public static void Resume(Review review, DateOnly on, DateOnly today, string actor, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var hold = review.CurrentHold;
        if (hold is null)
        {
            errors.Add("on", "The review is not held");
        }
        else if (on < hold.StartedOn)
        {
            errors.Add("on", "The review cannot resume before its hold started");
        }
        if (on > today)
        {
            errors.Add("on", "The date cannot be in the future");
        }
        errors.ThrowIfAny();

        hold!.EndedOn = on;
        review.StageChanges.Add(Change(review, $"Resumed after the {hold.Process.DisplayName().ToLowerInvariant()}", on, actor, now));
    }

    private static void CheckDate(Review review, DateOnly on, DateOnly today, ValidationErrors errors, string field)
    {
        if (on > today)
        {
            errors.Add(field, "The date cannot be in the future");
        }
        if (review.IncidentKnownOn is { } known && on < known)
        {
            errors.Add(field, $"The date cannot be before the incident became known ({known:d MMMM yyyy})");
        }
        var latest = review.StageChanges.Count == 0 ? (DateOnly?)null : review.StageChanges.Max(c => c.OccurredOn);
        if (latest is { } previous && on < previous)
        {
            errors.Add(field, $"The date cannot be before the review's last recorded step ({previous:d MMMM yyyy})");
        }
    }

    public static StageChange Change(Review review, string what, DateOnly on, string actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ReviewId = review.Id,
        What = what,
        OccurredOn = on,
        RecordedBy = actor,
        RecordedAt = now,
    };
}
