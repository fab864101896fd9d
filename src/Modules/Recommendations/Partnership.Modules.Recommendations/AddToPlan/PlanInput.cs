using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.AddToPlan;

/// <summary>A source of recommendations: a review by its id in the register, or an inspection, audit finding or thematic review described here.</summary>
internal sealed record NewSource(SourceKind? Kind, Guid? ReviewId, string? Reference, string? Title, DateOnly? SourceDate);

internal sealed record NewRecommendation(string? Number, string? Text, bool MultiAgency, Timescale? Timescale, int? TimescaleMonths, DateOnly? TimescaleDate);

/// <summary>A key action as the business team defines it; the due date defaults to the recommendation's.</summary>
internal sealed record ActionDefinition(
    string? Description,
    Guid? LeadAgencyId,
    string? LeadOfficer,
    string? LeadOfficerRole,
    string? Evidence,
    string? ExpectedOutcome,
    DateOnly? DueOn);
