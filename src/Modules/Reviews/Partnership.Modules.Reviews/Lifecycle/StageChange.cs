using Partnership.SharedKernel.Access;
namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>One line of a review's timeline: what happened, on which date, recorded by whom and when.</summary>
internal sealed class StageChange : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public required string What { get; init; }

    public DateOnly OccurredOn { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
