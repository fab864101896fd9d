namespace Partnership.Modules.Reviews.Learning;

/// <summary>What the business team enters for a key learning or good practice item, from the page or the API.</summary>
internal sealed record LearningInput(LearningKind? Kind, string? Text, IReadOnlyList<Guid>? ThemeIds, IReadOnlyList<Guid>? AgencyIds, uint? Version = null);
