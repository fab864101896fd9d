using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>A recommendation of a source, with its timescale and the due date derived from it.</summary>
internal sealed class Recommendation : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid SourceId { get; init; }

    /// <summary>As the source numbers it: "1", "1.2".</summary>
    public required string Number { get; set; }

    public required string Text { get; set; }

    /// <summary>The partnership's (multi-agency), or from one agency's own report.</summary>
    public bool MultiAgency { get; set; }

    public Timescale Timescale { get; set; }

    public int? TimescaleMonths { get; set; }

    public DateOnly? TimescaleDate { get; set; }

    /// <summary>Derived from the timescale and the source's date when saved.</summary>
    public DateOnly DueOn { get; set; }

    public List<KeyAction> Actions { get; init; } = [];
}
