using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class ThemeRow
{
    [Key]
    [Description("The theme's identifier; ThemeId in other sets refers to it.")]
    public Guid ThemeId { get; init; }

    [Description("The theme's name, such as Professional curiosity or Neglect.")]
    public required string Name { get; init; }

    [Description("Whether the theme is retired: no longer offered for new tagging, but kept on the reviews and learning that carry it.")]
    public bool IsRetired { get; init; }
}
