using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.CommitteeReport;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.ViewPlan;

internal sealed record PlanAction(KeyAction Action, string LeadAgency);

internal sealed record PlanRecommendation(Recommendation Recommendation, IReadOnlyList<PlanAction> Actions);

internal sealed record PlanView(Source Source, IReadOnlyList<PlanRecommendation> Recommendations);

internal sealed record RecommendationInPlan(Recommendation Recommendation, Source Source);

/// <summary>One plan as the business team builds it: its recommendations in their numbered order, each with its key actions.</summary>
internal sealed class PlanQuery(RecommendationsDbContext db, IAgencyDirectory agencies)
{
    public async Task<Source?> SourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);

    public async Task<RecommendationInPlan?> RecommendationAsync(Guid recommendationId, CancellationToken cancellationToken) =>
        await (from recommendation in db.Recommendations.AsNoTracking()
               join source in db.Sources.AsNoTracking() on recommendation.SourceId equals source.Id
               where recommendation.Id == recommendationId
               select new RecommendationInPlan(recommendation, source)).SingleOrDefaultAsync(cancellationToken);

    public async Task<PlanView?> FindAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        var source = await SourceAsync(sourceId, cancellationToken);
        if (source is null)
        {
            return null;
        }
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.SourceId == sourceId).ToListAsync(cancellationToken);
        var actions = await db.KeyActions.AsNoTracking().Where(a => a.SourceId == sourceId).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return new PlanView(source, [.. recommendations
            .OrderBy(r => r.Number, NumberOrder.Instance)
            .Select(r => new PlanRecommendation(r, [.. actions
                .Where(a => a.RecommendationId == r.Id)
                .Select(a => new PlanAction(a, names.GetValueOrDefault(a.AgencyId, "Unknown agency")))]))]);
    }
}
