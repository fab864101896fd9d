namespace Partnership.Modules.Reviews.ViewReview;

/// <summary>The JSON shape of one review.</summary>
internal static class ReviewJson
{
    public static object From(ReviewDetails details)
    {
        var review = details.Review;
        return new
        {
            review.Id,
            review.Reference,
            review.Type,
            review.Subject,
            review.Summary,
            review.Chair,
            review.Author,
            review.Stage,
            Held = review.CurrentHold is not null,
            review.IncidentKnownOn,
            review.NotifiedOn,
            review.RapidReviewOn,
            review.DecidedOn,
            review.Decision,
            review.DecisionReason,
            review.CommissionedOn,
            review.StartedOn,
            review.DraftOn,
            review.SignedOffOn,
            review.PublishedOn,
            review.ClosedOn,
            review.Version,
            Agencies = details.Agencies.Select(a => new { a.Id, a.Name }),
            Deadlines = details.Deadlines.Select(d => new { d.Name, d.Rule, d.Due, d.MetOn, Status = d.Status.ToString(), d.DaysHeld }),
            Holds = review.Holds.OrderBy(h => h.StartedOn).Select(h => new { h.Process, h.Reason, h.StartedOn, h.LookAgainOn, h.EndedOn, Days = h.Days(details.Today) }),
            Timeline = review.StageChanges.OrderBy(c => c.OccurredOn).ThenBy(c => c.RecordedAt).Select(c => new { c.What, c.OccurredOn, c.RecordedBy, c.RecordedAt }),
        };
    }
}
