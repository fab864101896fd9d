using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class ReviewDeadlineRow
{
    [Key]
    [Description("The row's identifier: the review's identifier and the deadline joined by a slash.")]
    public required string ReviewDeadlineId { get; init; }

    [Description("The review the deadline belongs to; refers to ReviewId in Reviews.")]
    public Guid ReviewId { get; init; }

    [Description("Which statutory deadline: Notification (to the national panel), RapidReview or Publication.")]
    public required string Deadline { get; init; }

    [Description("The rule it is counted by, such as 15 working days from notification. Working days leave out weekends and the bank holidays of England and Wales.")]
    public required string Rule { get; init; }

    [Description("The last day it can be met on time.")]
    public DateOnly DueOn { get; init; }

    [Description("When it was met: the notification, the rapid review or the publication; empty while it is not.")]
    public DateOnly? MetOn { get; init; }

    [Description("How it stands, as of today in UK time when the feed is read: OnTime, DueSoon (2 working days or fewer left; 30 days for publication), Overdue, Met, MetLate, or Held (publication waiting for a parallel process).")]
    public required string Status { get; init; }

    [Description("For publication, the days the review has been held for parallel processes, up to today for a hold still open; 0 for the other deadlines.")]
    public int DaysHeld { get; init; }
}
