using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Recommendations.Reporting;

/// <summary>The recommendations of every source, with the source's reference and kind as plain columns.</summary>
internal sealed class RecommendationsReportingSet : ReportingSet<RecommendationRow>
{
    public override string Name => "Recommendations";

    public override string Description => "The recommendations the partnership has accepted from reviews, inspections and audits: one row per recommendation, with its source.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.Many("Actions", "Actions", nameof(RecommendationRow.RecommendationId), nameof(ActionRow.RecommendationId)),
    ];

    public override IQueryable<RecommendationRow> Rows(IServiceProvider services)
    {
        var db = services.GetRequiredService<RecommendationsDbContext>();
        return db.Recommendations.AsNoTracking()
            .Join(db.Sources, r => r.SourceId, s => s.Id, (r, s) => new RecommendationRow
            {
                RecommendationId = r.Id,
                SourceId = s.Id,
                SourceKind = s.Kind.ToString(),
                SourceReference = s.Reference,
                SourceTitle = s.Title,
                ReviewId = s.ReviewId,
                Number = r.Number,
                Text = r.Text,
                MultiAgency = r.MultiAgency,
                Timescale = r.Timescale.ToString(),
                DueOn = r.DueOn,
            });
    }
}
