using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Recommendations.Reporting;

internal sealed class ProgressUpdateRow
{
    [Key]
    [Description("The progress update's identifier.")]
    public Guid UpdateId { get; init; }

    [Description("The key action it reports on; refers to ActionId in Actions.")]
    public Guid ActionId { get; init; }

    [Description("The lead agency that recorded it; refers to AgencyId in Agencies.")]
    public Guid AgencyId { get; init; }

    [Description("Its number among the action's updates, from 1.")]
    public int Sequence { get; init; }

    [Description("What has been done.")]
    public required string Narrative { get; init; }

    [Description("The difference it has made to practice, as the agency describes it.")]
    public string? Impact { get; init; }

    [Description("The date the progress is reported as of.")]
    public DateOnly ReportedOn { get; init; }

    [Description("The status the agency proposed: Blue, Red, Amber or Green.")]
    public required string ProposedStatus { get; init; }

    [Description("Whether the agency proposed the action as complete.")]
    public bool ProposedCompleted { get; init; }

    [Description("Where it stands with the business team: AwaitingVerification, Accepted or Challenged.")]
    public required string State { get; init; }

    [Description("The business team's comment when it accepted or challenged the update.")]
    public string? VerifierComment { get; init; }

    [Description("Who in the business team accepted or challenged it (their email address).")]
    public string? VerifiedBy { get; init; }

    [Description("When it was accepted or challenged.")]
    public DateTimeOffset? VerifiedAt { get; init; }

    [Description("Who recorded it (their email address).")]
    public required string RecordedBy { get; init; }

    [Description("When it was recorded.")]
    public DateTimeOffset RecordedAt { get; init; }

    [Description("How many evidence files came with it (the files themselves are not in the feed).")]
    public int EvidenceFiles { get; init; }
}
