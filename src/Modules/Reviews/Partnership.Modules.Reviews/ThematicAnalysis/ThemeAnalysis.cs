using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.ThematicAnalysis;

/// <summary>
/// Themes across the reviews of a period, counted in SQL. A review counts under a theme when it is tagged
/// with the theme or has learning with it; under an agency when the agency was involved in the review or
/// is named on its learning with the theme. The user's agency scoping applies (VisibleReviews).
/// </summary>
internal sealed class ThemeAnalysis(ReviewsDbContext db, IAgencyDirectory directory)
{
    public async Task<AnalysisTable> RunAsync(AnalysisPeriod period, CancellationToken cancellationToken)
    {
        var reviews = InPeriod(period);
        var tagged = from review in reviews
                     join tag in db.ReviewThemes on review.Id equals tag.ReviewId
                     select new { ReviewId = review.Id, review.Type, tag.ThemeId };
        var learned = from review in reviews
                      join item in db.LearningItems on review.Id equals item.ReviewId
                      from theme in item.Themes
                      select new { ReviewId = review.Id, review.Type, theme.ThemeId };
        var occurrences = tagged.Union(learned);

        var byType = await occurrences.GroupBy(o => new { o.ThemeId, o.Type })
            .Select(g => new { g.Key.ThemeId, g.Key.Type, Reviews = g.Count() })
            .ToListAsync(cancellationToken);
        var totals = await occurrences.GroupBy(o => o.ThemeId)
            .Select(g => new { ThemeId = g.Key, Reviews = g.Select(o => o.ReviewId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var involved = from occurrence in occurrences
                       join agency in db.Set<ReviewAgency>() on occurrence.ReviewId equals agency.ReviewId
                       select new { occurrence.ReviewId, occurrence.ThemeId, agency.AgencyId };
        var named = from review in reviews
                    join item in db.LearningItems on review.Id equals item.ReviewId
                    from theme in item.Themes
                    from agency in item.Agencies
                    select new { ReviewId = review.Id, theme.ThemeId, agency.AgencyId };
        var byAgency = await involved.Union(named).GroupBy(o => new { o.ThemeId, o.AgencyId })
            .Select(g => new { g.Key.ThemeId, g.Key.AgencyId, Reviews = g.Count() })
            .ToListAsync(cancellationToken);

        var learning = await (from review in reviews
                              join item in db.LearningItems on review.Id equals item.ReviewId
                              from theme in item.Themes
                              group item by theme.ThemeId into g
                              select new { ThemeId = g.Key, Items = g.Count() })
            .ToListAsync(cancellationToken);

        var reviewCount = await reviews.CountAsync(cancellationToken);
        var themeIds = totals.Select(t => t.ThemeId).ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => themeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var agencyNames = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var agencyIds = byAgency.Select(a => a.AgencyId).Distinct().ToList();

        var rows = totals
            .Select(total => new AnalysisRow(
                themes[total.ThemeId].Id,
                themes[total.ThemeId].Name,
                themes[total.ThemeId].IsRetired,
                total.Reviews,
                learning.FirstOrDefault(l => l.ThemeId == total.ThemeId)?.Items ?? 0,
                byType.Where(t => t.ThemeId == total.ThemeId).ToDictionary(t => t.Type, t => t.Reviews),
                byAgency.Where(a => a.ThemeId == total.ThemeId).ToDictionary(a => a.AgencyId, a => a.Reviews)))
            .OrderByDescending(r => r.Reviews).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new AnalysisTable(
            period,
            reviewCount,
            [.. byType.Select(t => t.Type).Distinct().Order()],
            [.. agencyIds.Select(id => new AnalysisAgency(id, agencyNames.GetValueOrDefault(id) ?? "Unknown agency")).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)],
            rows);
    }

    /// <summary>The reviews and learning behind one count: a theme, optionally of one review type or one agency.</summary>
    public async Task<DrillDown> DrillDownAsync(AnalysisPeriod period, Guid themeId, ReviewType? type, Guid? agencyId, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == themeId, cancellationToken);
        if (theme is null)
        {
            return new DrillDown(period, null, type, agencyId, null, [], []);
        }
        var reviews = InPeriod(period).Where(r =>
            db.ReviewThemes.Any(t => t.ReviewId == r.Id && t.ThemeId == themeId)
            || db.LearningItems.Any(l => l.ReviewId == r.Id && l.Themes.Any(t => t.ThemeId == themeId)));
        if (type is { } only)
        {
            reviews = reviews.Where(r => r.Type == only);
        }
        if (agencyId is { } agency)
        {
            reviews = reviews.Where(r => r.Agencies.Any(a => a.AgencyId == agency)
                || db.LearningItems.Any(l => l.ReviewId == r.Id && l.Themes.Any(t => t.ThemeId == themeId) && l.Agencies.Any(a => a.AgencyId == agency)));
        }
        var found = await reviews.AsNoTracking()
            .OrderBy(r => r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn).ThenBy(r => r.Reference)
            .Select(r => new DrillDownReview(r.Id, r.Reference, r.Subject, r.Type, r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn,
                db.ReviewThemes.Any(t => t.ReviewId == r.Id && t.ThemeId == themeId)))
            .ToListAsync(cancellationToken);
        var ids = found.Select(r => r.Id).ToList();
        var items = await db.LearningItems.AsNoTracking().Include(l => l.Agencies)
            .Where(l => ids.Contains(l.ReviewId) && l.Themes.Any(t => t.ThemeId == themeId))
            .OrderBy(l => l.ReviewId).ThenBy(l => l.Kind).ThenBy(l => l.RecordedAt)
            .ToListAsync(cancellationToken);
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var byId = found.ToDictionary(r => r.Id);
        return new DrillDown(period, theme.Name, type, agencyId, agencyId is { } id ? agencies.GetValueOrDefault(id) : null, found,
            [.. items.Select(l => new DrillDownLearning(l.Id, byId[l.ReviewId], l.Kind, l.Text, [.. l.Agencies.Select(a => agencies.GetValueOrDefault(a.AgencyId) ?? "Unknown agency").Order()]))]);
    }

    private IQueryable<Review> InPeriod(AnalysisPeriod period) =>
        db.VisibleReviews().Where(r => (r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn) >= period.From && (r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn) <= period.To);
}

internal sealed record AnalysisTable(AnalysisPeriod Period, int ReviewsInPeriod, IReadOnlyList<ReviewType> Types, IReadOnlyList<AnalysisAgency> Agencies, IReadOnlyList<AnalysisRow> Rows);

internal sealed record AnalysisAgency(Guid Id, string Name);

internal sealed record AnalysisRow(Guid ThemeId, string Name, bool IsRetired, int Reviews, int LearningItems, IReadOnlyDictionary<ReviewType, int> ByType, IReadOnlyDictionary<Guid, int> ByAgency);

internal sealed record DrillDown(AnalysisPeriod Period, string? ThemeName, ReviewType? Type, Guid? AgencyId, string? AgencyName, IReadOnlyList<DrillDownReview> Reviews, IReadOnlyList<DrillDownLearning> Learning);

internal sealed record DrillDownReview(Guid Id, string Reference, string Subject, ReviewType Type, DateOnly? OpenedOn, bool Tagged);

internal sealed record DrillDownLearning(Guid Id, DrillDownReview Review, LearningKind Kind, string Text, IReadOnlyList<string> Agencies);
