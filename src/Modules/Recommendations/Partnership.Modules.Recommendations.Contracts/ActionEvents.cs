using Partnership.SharedKernel.Events;

namespace Partnership.Modules.Recommendations.Contracts;

/// <summary>What every event about one key action carries: the action, its lead agency and where it came from.</summary>
public abstract record ActionEvent : IntegrationEvent
{
    public required Guid ActionId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    public required Guid SourceId { get; init; }

    /// <summary>The review the action's recommendation came from, when it came from the review register.</summary>
    public Guid? ReviewId { get; init; }
}

/// <summary>The business team confirmed an action's BRAG status (accepting an agency's proposal or setting it).</summary>
public sealed record ActionStatusConfirmed : ActionEvent
{
    /// <summary>Blue, Green, Amber or Red.</summary>
    public required string Status { get; init; }

    /// <summary>Whether the work is done: always for Blue, and for a completed Green.</summary>
    public required bool Completed { get; init; }

    public string? PreviousStatus { get; init; }

    public required DateTimeOffset ConfirmedAt { get; init; }
}

/// <summary>An action passed its due date without being complete. Published once per action and due date.</summary>
public sealed record ActionOverdue : ActionEvent
{
    public required DateOnly DueOn { get; init; }
}

/// <summary>
/// Every action of a source (a review, an inspection, an audit, a thematic review) is confirmed complete:
/// Reviews uses it to offer closing the review.
/// </summary>
public sealed record SourceActionsComplete : IntegrationEvent
{
    public required Guid SourceId { get; init; }

    public Guid? ReviewId { get; init; }

    public required string Reference { get; init; }

    public required int Actions { get; init; }
}
