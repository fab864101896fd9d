using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>The bridge between reviews and themes, for the reviews the reader may see.</summary>
internal sealed class ReviewThemesReportingSet : ReportingSet<ReviewThemeRow>
{
    public override string Name => "ReviewThemes";

    public override string Description => "The themes each review is tagged with: one row per review and theme, for the reviews the reader may see.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Review", "Reviews", nameof(ReviewThemeRow.ReviewId), nameof(ReviewRow.ReviewId)),
        ReportingNavigation.One("Theme", "Themes", nameof(ReviewThemeRow.ThemeId), nameof(ThemeRow.ThemeId)),
    ];

    public override IQueryable<ReviewThemeRow> Rows(IServiceProvider services)
    {
        var db = services.GetRequiredService<ReviewsDbContext>();
        var visible = db.VisibleReviews();
        return db.ReviewThemes.AsNoTracking()
            .Where(t => visible.Any(r => r.Id == t.ReviewId))
            .Select(t => new ReviewThemeRow
            {
                ReviewThemeId = t.ReviewId.ToString() + "/" + t.ThemeId.ToString(),
                ReviewId = t.ReviewId,
                ThemeId = t.ThemeId,
            });
    }
}
