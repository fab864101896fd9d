using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Clock;

/// <summary>
/// One of a review's statutory deadlines, kept beside the review so that reports can read it in SQL:
/// working days are counted on the bank holiday calendar, which the database does not have.
/// <see cref="ReviewDeadlines"/> keeps these rows equal to <see cref="StatutoryClock.Schedule"/>.
/// </summary>
internal sealed class ReviewDeadline : IPartnershipRecord
{
    public Guid ReviewId { get; init; }

    public DeadlineKind Kind { get; init; }

    public DateOnly DueOn { get; set; }

    /// <summary>The first day the deadline counts as due soon, unless it is met by then.</summary>
    public DateOnly DueSoonFrom { get; set; }

    public DateOnly? MetOn { get; set; }
}
