namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>Where a review is, in the order reviews move through them.</summary>
internal enum ReviewStage
{
    Notified,
    RapidReview,
    Decided,
    Commissioned,
    InProgress,
    Draft,
    SignedOff,
    Published,
    Closed,
}

internal static class ReviewStages
{
    public static string DisplayName(this ReviewStage stage) => stage switch
    {
        ReviewStage.Notified => "Notified",
        ReviewStage.RapidReview => "Rapid review held",
        ReviewStage.Decided => "Decision made",
        ReviewStage.Commissioned => "Commissioned",
        ReviewStage.InProgress => "In progress",
        ReviewStage.Draft => "Draft",
        ReviewStage.SignedOff => "Signed off",
        ReviewStage.Published => "Published",
        ReviewStage.Closed => "Closed",
        _ => stage.ToString(),
    };
}
