using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>One change of an action's confirmed status: from what, to what, who, when and why.</summary>
internal sealed class StatusChange : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid KeyActionId { get; init; }

    public Brag? From { get; init; }

    public Brag To { get; init; }

    public bool Completed { get; init; }

    public required string Why { get; init; }

    /// <summary>The progress update whose proposal was accepted, if it was one.</summary>
    public Guid? ProgressUpdateId { get; init; }

    public required string ChangedBy { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
