using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.AddReview;

/// <summary>What the business team enters to open a review, from the page or the API.</summary>
internal sealed record NewReview(
    string? Reference,
    ReviewType? Type,
    string? Subject,
    string? Summary,
    string? Chair,
    string? Author,
    DateOnly? IncidentKnownOn,
    DateOnly? NotifiedOn,
    DateOnly? CommissionedOn,
    DateOnly? StartedOn,
    IReadOnlyList<Guid>? AgencyIds);
