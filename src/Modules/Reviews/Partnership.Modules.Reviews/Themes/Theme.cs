using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Themes;

/// <summary>
/// A theme of the partnership's list (professional curiosity, neglect). Never deleted: a retired theme is
/// not offered for new tagging but stays on the reviews and learning that carry it.
/// </summary>
internal sealed class Theme : IPartnershipRecord
{
    public const int MaxNameLength = 100;

    public Guid Id { get; init; }

    public string Name { get; private set; } = "";

    /// <summary>The name as the unique index compares it: trimmed, single-spaced, lower case.</summary>
    public string NormalizedName { get; private set; } = "";

    public bool IsRetired { get; set; }

    public uint Version { get; private set; }

    public static Theme Named(Guid id, string name)
    {
        var theme = new Theme { Id = id };
        theme.Rename(name);
        return theme;
    }

    public void Rename(string name)
    {
        Name = ThemeNames.Tidy(name);
        NormalizedName = ThemeNames.Normalize(name);
    }
}

/// <summary>A theme a review is tagged with.</summary>
internal sealed class ReviewTheme : IPartnershipRecord
{
    public Guid ReviewId { get; init; }

    public Guid ThemeId { get; init; }
}
