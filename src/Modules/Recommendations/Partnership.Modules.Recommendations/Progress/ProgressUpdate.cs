using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Progress;

/// <summary>Where a progress update stands with the business team.</summary>
internal enum UpdateState
{
    AwaitingVerification,
    Accepted,
    Challenged,
}

/// <summary>
/// The lead agency's report on an action: what was done, as of when, the status it proposes and its
/// evidence. It belongs to the lead agency: other agencies never read it through this record; once the
/// business team accepts it, it is what the partnership's committee report shows.
/// </summary>
internal sealed class ProgressUpdate : IAgencyOwned
{
    public Guid Id { get; init; }

    public Guid KeyActionId { get; init; }

    public Guid AgencyId { get; init; }

    /// <summary>1, 2, 3 for each action: unique, so two people recording at once cannot both be the next one.</summary>
    public int Sequence { get; init; }

    public required string Narrative { get; init; }

    /// <summary>How practice changed: what a Blue needs besides evidence of completion.</summary>
    public string? Impact { get; init; }

    /// <summary>The date the progress is reported as of.</summary>
    public DateOnly ReportedOn { get; init; }

    public Brag ProposedStatus { get; init; }

    public bool ProposedCompleted { get; init; }

    public UpdateState State { get; set; }

    /// <summary>The business team's comment when challenging (or accepting) it, which the agency sees.</summary>
    public string? VerifierComment { get; set; }

    public string? VerifiedBy { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public List<ProgressEvidence> Evidence { get; init; } = [];

    public uint Version { get; private set; }
}

/// <summary>A file attached to a progress update as evidence; the file itself is in the schema's documents.</summary>
internal sealed class ProgressEvidence : IAgencyOwned
{
    public Guid ProgressUpdateId { get; init; }

    public Guid DocumentId { get; init; }

    public Guid AgencyId { get; init; }

    public required string FileName { get; init; }

    public long Size { get; init; }
}
