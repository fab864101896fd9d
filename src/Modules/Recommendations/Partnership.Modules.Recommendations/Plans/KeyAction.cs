using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>
/// One key action of a recommendation. Its lead agency owns it for reading (an agency's staff see only
/// their own agency's actions), but it is a partnership record: its definition and its confirmed status
/// change only by the business team. The lead agency reports progress in <see cref="Progress.ProgressUpdate"/>s.
/// </summary>
internal sealed class KeyAction : IAgencyOwned, IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid RecommendationId { get; init; }

    /// <summary>Kept beside the recommendation's, so actions filter and count by source without a join.</summary>
    public Guid SourceId { get; init; }

    public int Number { get; set; }

    public required string Description { get; set; }

    /// <summary>The lead agency.</summary>
    public Guid AgencyId { get; set; }

    public required string LeadOfficer { get; set; }

    public string? LeadOfficerRole { get; set; }

    /// <summary>What evidence will show it done.</summary>
    public string? Evidence { get; set; }

    public string? ExpectedOutcome { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The status the business team confirmed.</summary>
    public Brag Status { get; set; } = Brag.Red;

    /// <summary>Whether the business team confirmed the work done: a Blue always is, a Green may be.</summary>
    public bool Completed { get; set; }

    /// <summary>The due date an overdue notice and event were last given for, so each is given once.</summary>
    public DateOnly? OverdueNotedFor { get; set; }

    public List<StatusChange> History { get; init; } = [];

    public uint Version { get; private set; }
}
