using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.RecordProgress;

/// <summary>
/// What the lead agency reports. <paramref name="UpdatesSeen"/> is how many updates the action had when
/// the form was opened: if someone recorded one since, this one is refused as a conflict, not stacked
/// on top unseen.
/// </summary>
internal sealed record ProgressInput(string? Narrative, string? Impact, DateOnly? ReportedOn, Brag? ProposedStatus, bool ProposedCompleted, int? UpdatesSeen);
