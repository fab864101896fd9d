namespace Partnership.Modules.Reviews.Register;

/// <summary>The kinds of review DOMAIN.md names, with whether the statutory case-review stages apply.</summary>
internal enum ReviewType
{
    RapidReview,
    LocalCspr,
    SeriousCaseReview,
    LocalLearningReview,
    ThematicReview,
    PeerReview,
    Inspection,
}

internal static class ReviewTypes
{
    public static string DisplayName(this ReviewType type) => type switch
    {
        ReviewType.RapidReview => "Rapid review",
        ReviewType.LocalCspr => "Child safeguarding practice review",
        ReviewType.SeriousCaseReview => "Serious case review",
        ReviewType.LocalLearningReview => "Local learning review",
        ReviewType.ThematicReview => "Thematic review",
        ReviewType.PeerReview => "Peer review",
        ReviewType.Inspection => "Inspection",
        _ => type.ToString(),
    };

    /// <summary>Reviews of a serious incident start with a notification and a rapid review; thematic reviews, peer reviews and inspections do not.</summary>
    public static bool IsCaseReview(this ReviewType type) =>
        type is ReviewType.RapidReview or ReviewType.LocalCspr or ReviewType.SeriousCaseReview or ReviewType.LocalLearningReview;
}
