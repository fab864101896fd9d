using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>
/// What a plan answers: a review in the register (kept by id, with the reference and title as they were
/// shown when it was chosen), an inspection, an audit finding or a thematic review. Timescales count from
/// <see cref="SourceDate"/>.
/// </summary>
internal sealed class Source : IPartnershipRecord
{
    public Guid Id { get; init; }

    public SourceKind Kind { get; init; }

    /// <summary>The review in the register, when the source is one.</summary>
    public Guid? ReviewId { get; init; }

    public required string Reference { get; set; }

    public required string Title { get; set; }

    public DateOnly SourceDate { get; set; }

    public List<Recommendation> Recommendations { get; init; } = [];

    public string Name => $"{Reference}: {Title}";
}
