using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.Seeding;

/// <summary>A plan of the demo as it is written down: a source and its recommendations, each with its key actions.</summary>
internal sealed record DemoPlan(string Reference, string Title, SourceKind Kind, DateOnly SourceDate, IReadOnlyList<DemoRecommendation> Recommendations);

internal sealed record DemoRecommendation(string Number, string Text, bool MultiAgency, Timescale Timescale, int? Months, DateOnly? By, IReadOnlyList<DemoAction> Actions);

/// <summary>One key action; <paramref name="DueOn"/> null means the recommendation's own due date.</summary>
internal sealed record DemoAction(
    string Description,
    string Agency,
    string LeadOfficer,
    string? Evidence,
    string? Outcome,
    DateOnly? DueOn,
    Brag Status,
    bool Completed);
