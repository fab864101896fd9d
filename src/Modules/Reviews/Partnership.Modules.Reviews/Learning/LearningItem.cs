using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Learning;

/// <summary>A key learning or good practice item a review found, with its themes and the agencies it concerns.</summary>
internal sealed class LearningItem : IPartnershipRecord
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public LearningKind Kind { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>When it was last changed; changing only its themes or agencies still moves its row version.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public List<LearningItemTheme> Themes { get; init; } = [];

    public List<LearningItemAgency> Agencies { get; init; } = [];

    public uint Version { get; private set; }
}

internal sealed class LearningItemTheme : IPartnershipRecord
{
    public Guid LearningItemId { get; init; }

    public Guid ThemeId { get; init; }
}

internal sealed class LearningItemAgency : IPartnershipRecord
{
    public Guid LearningItemId { get; init; }

    public Guid AgencyId { get; init; }
}

internal enum LearningKind
{
    KeyLearning,
    GoodPractice,
}

internal static class LearningKinds
{
    public static string DisplayName(this LearningKind kind) => kind switch
    {
        LearningKind.KeyLearning => "Key learning",
        LearningKind.GoodPractice => "Good practice",
        _ => kind.ToString(),
    };
}
