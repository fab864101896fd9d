namespace Partnership.Modules.Reviews.Clock;

internal enum DeadlineStatus
{
    OnTime,
    DueSoon,
    Overdue,
    Met,
    MetLate,
    Held,
}

/// <summary>One statutory deadline of a review: when it is due, when it was met, and how it stands today.</summary>
internal sealed record Deadline(DeadlineKind Kind, string Name, string Rule, DateOnly Due, DateOnly? MetOn, DeadlineStatus Status, int DaysHeld)
{
    public string StatusText => Status switch
    {
        DeadlineStatus.OnTime => "On time",
        DeadlineStatus.DueSoon => "Due soon",
        DeadlineStatus.Overdue => "Overdue",
        DeadlineStatus.Met => "Met",
        DeadlineStatus.MetLate => "Met late",
        DeadlineStatus.Held => "Held",
        _ => Status.ToString(),
    };

    /// <summary>The GOV.UK tag colour for the status.</summary>
    public string TagClass => Status switch
    {
        DeadlineStatus.Overdue or DeadlineStatus.MetLate => "govuk-tag--red",
        DeadlineStatus.DueSoon => "govuk-tag--yellow",
        DeadlineStatus.Held => "govuk-tag--purple",
        DeadlineStatus.Met => "govuk-tag--green",
        _ => "govuk-tag--blue",
    };
}
