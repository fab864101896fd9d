using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class ReviewThemeRow
{
    [Key]
    [Description("The row's identifier: the review's and the theme's identifiers joined by a slash.")]
    public required string ReviewThemeId { get; init; }

    [Description("The review tagged; refers to ReviewId in Reviews.")]
    public Guid ReviewId { get; init; }

    [Description("The theme it is tagged with; refers to ThemeId in Themes.")]
    public Guid ThemeId { get; init; }
}
