using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>The partnership's list of themes, retired ones included, for slicing reviews and learning.</summary>
internal sealed class ThemesReportingSet : ReportingSet<ThemeRow>
{
    public override string Name => "Themes";

    public override string Description => "The partnership's themes: one row per theme, retired ones included, as reviews and learning items are tagged with them.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.Many("ReviewThemes", "ReviewThemes", nameof(ThemeRow.ThemeId), nameof(ReviewThemeRow.ThemeId)),
    ];

    public override IQueryable<ThemeRow> Rows(IServiceProvider services) =>
        services.GetRequiredService<ReviewsDbContext>().Themes.AsNoTracking().Select(t => new ThemeRow
        {
            ThemeId = t.Id,
            Name = t.Name,
            IsRetired = t.IsRetired,
        });
}
