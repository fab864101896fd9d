using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Recommendations.Reporting;

internal sealed class ActionRow
{
    [Key]
    [Description("The key action's identifier.")]
    public Guid ActionId { get; init; }

    [Description("The recommendation it answers; refers to RecommendationId in Recommendations.")]
    public Guid RecommendationId { get; init; }

    [Description("The source of that recommendation; SourceId in Recommendations.")]
    public Guid SourceId { get; init; }

    [Description("The action's number within its recommendation.")]
    public int Number { get; init; }

    [Description("What is to be done.")]
    public required string Description { get; init; }

    [Description("The agency that leads it; refers to AgencyId in Agencies.")]
    public Guid LeadAgencyId { get; init; }

    [Description("The officer who leads it.")]
    public required string LeadOfficer { get; init; }

    [Description("The lead officer's role.")]
    public string? LeadOfficerRole { get; init; }

    [Description("When it is due.")]
    public DateOnly DueOn { get; init; }

    [Description("Its confirmed BRAG status: Blue, Red, Amber or Green.")]
    public required string ConfirmedStatus { get; init; }

    [Description("Whether a Green action is complete rather than on track.")]
    public bool IsCompleted { get; init; }

    [Description("Past its due date and neither Blue nor a completed Green, as of today in UK time when the feed is read.")]
    public bool IsOverdue { get; init; }
}
