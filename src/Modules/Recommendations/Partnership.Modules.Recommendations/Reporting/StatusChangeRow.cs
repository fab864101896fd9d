using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Recommendations.Reporting;

internal sealed class StatusChangeRow
{
    [Key]
    [Description("The status change's identifier.")]
    public Guid ChangeId { get; init; }

    [Description("The key action whose status changed; refers to ActionId in Actions.")]
    public Guid ActionId { get; init; }

    [Description("The action's lead agency; refers to AgencyId in Agencies.")]
    public Guid LeadAgencyId { get; init; }

    [Description("The confirmed BRAG status before the change, empty for the action's first status.")]
    public string? FromStatus { get; init; }

    [Description("The confirmed BRAG status after the change: Blue, Red, Amber or Green.")]
    public required string ToStatus { get; init; }

    [Description("Whether the action was complete after the change (a Green action may be complete or on track).")]
    public bool IsCompleted { get; init; }

    [Description("Why the status changed, as the business team recorded it.")]
    public required string Why { get; init; }

    [Description("The progress update whose proposal was confirmed, when the change came from one; refers to UpdateId in ProgressUpdates.")]
    public Guid? ProgressUpdateId { get; init; }

    [Description("Who made the change (their email address).")]
    public required string ChangedBy { get; init; }

    [Description("When the change was made.")]
    public DateTimeOffset ChangedAt { get; init; }
}
