namespace Partnership.Modules.Reviews.Clock;

/// <summary>
/// A deadline as the review's dates fix it, whatever the day: when it is due, the first day it counts
/// as due soon, and when it was met.
/// </summary>
internal sealed record ScheduledDeadline(DeadlineKind Kind, string Name, string Rule, DateOnly Due, DateOnly DueSoonFrom, DateOnly? MetOn);
