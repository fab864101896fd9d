using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class AgencyReportRow
{
    [Key]
    [Description("The agency report's identifier.")]
    public Guid AgencyReportId { get; init; }

    [Description("The review it is for; refers to ReviewId in Reviews.")]
    public Guid ReviewId { get; init; }

    [Description("The agency that owes it; refers to AgencyId in Agencies.")]
    public Guid AgencyId { get; init; }

    [Description("What is asked for: IndividualManagementReview, AgencySummary or HealthOverview.")]
    public required string Kind { get; init; }

    [Description("Where it is: Requested, Submitted, ChangesRequested or Accepted.")]
    public required string State { get; init; }

    [Description("When it was requested.")]
    public DateOnly RequestedOn { get; init; }

    [Description("When it, or its resubmission after changes were asked for, is due.")]
    public DateOnly DueOn { get; init; }

    [Description("When it was last submitted.")]
    public DateOnly? SubmittedOn { get; init; }

    [Description("When the business team accepted it.")]
    public DateOnly? AcceptedOn { get; init; }

    [Description("Whether it is past its due date and not (re)submitted, as of today in UK time when the feed is read.")]
    public bool IsLate { get; init; }
}
