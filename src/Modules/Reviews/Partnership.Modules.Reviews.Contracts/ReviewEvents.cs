using Partnership.SharedKernel.Events;

namespace Partnership.Modules.Reviews.Contracts;

/// <summary>What every event about one review carries: which review, by the reference people use.</summary>
public abstract record ReviewEvent : IntegrationEvent
{
    public required Guid ReviewId { get; init; }

    public required string Reference { get; init; }
}

/// <summary>A rapid review decided whether to hold a local review.</summary>
public sealed record ReviewDecisionMade : ReviewEvent
{
    public required ReviewDecision Decision { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>Why, when there is to be no local review.</summary>
    public string? Reason { get; init; }
}

/// <summary>A review's report was published.</summary>
public sealed record ReviewPublished : ReviewEvent
{
    public required DateOnly PublishedOn { get; init; }
}

/// <summary>A review's publication was held for a parallel process (an inquest, an investigation, a trial).</summary>
public sealed record ReviewHeld : ReviewEvent
{
    /// <summary>The process, as people name it: "Criminal trial".</summary>
    public required string Process { get; init; }

    public required string Reason { get; init; }

    public required DateOnly HeldOn { get; init; }

    public required DateOnly LookAgainOn { get; init; }
}

/// <summary>A held review went on again.</summary>
public sealed record ReviewResumed : ReviewEvent
{
    public required DateOnly ResumedOn { get; init; }
}

/// <summary>A review was closed: its learning is in place and nothing more is expected of it.</summary>
public sealed record ReviewClosed : ReviewEvent
{
    public required DateOnly ClosedOn { get; init; }
}
