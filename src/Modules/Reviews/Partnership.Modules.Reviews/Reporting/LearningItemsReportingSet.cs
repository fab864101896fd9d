using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>The key learning and good practice the reviews found, for the reviews the reader may see.</summary>
internal sealed class LearningItemsReportingSet : ReportingSet<LearningItemRow>
{
    public override string Name => "LearningItems";

    public override string Description => "The key learning and good practice the reviews found: one row per item, for the reviews the reader may see.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Review", "Reviews", nameof(LearningItemRow.ReviewId), nameof(ReviewRow.ReviewId)),
    ];

    public override IQueryable<LearningItemRow> Rows(IServiceProvider services)
    {
        var db = services.GetRequiredService<ReviewsDbContext>();
        var visible = db.VisibleReviews();
        return db.LearningItems.AsNoTracking()
            .Where(l => visible.Any(r => r.Id == l.ReviewId))
            .Select(l => new LearningItemRow
            {
                LearningItemId = l.Id,
                ReviewId = l.ReviewId,
                Kind = l.Kind.ToString(),
                Text = l.Text,
                RecordedAt = l.RecordedAt,
                ChangedAt = l.ChangedAt,
            });
    }
}
