namespace Partnership.Modules.Reviews.Clock;

/// <summary>The statutory deadlines a review can have.</summary>
internal enum DeadlineKind
{
    Notification,
    RapidReview,
    Publication,
}
