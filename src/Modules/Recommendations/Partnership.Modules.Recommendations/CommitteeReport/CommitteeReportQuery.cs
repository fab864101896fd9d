using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Recommendations.CommitteeReport;

/// <summary>How many actions a plan (or the partnership) has at each confirmed status, and how many are overdue.</summary>
internal sealed record StatusCounts(int Blue, int Green, int Amber, int Red, int Overdue)
{
    public int Total => Blue + Green + Amber + Red;

    public int GreenOrBlue => Blue + Green;

    /// <summary>As a committee reads it: "18 actions: 16 Green or Blue, 2 Amber".</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string> { $"{GreenOrBlue} Green or Blue" };
            if (Amber > 0)
            {
                parts.Add($"{Amber} Amber");
            }
            if (Red > 0)
            {
                parts.Add($"{Red} Red");
            }
            return $"{Total} {(Total == 1 ? "action" : "actions")}: {string.Join(", ", parts)}";
        }
    }
}

internal sealed record LatestUpdate(DateOnly ReportedOn, string Narrative, string? Impact, Brag Status);

/// <summary>An Amber or Red action, in full, as the committee sees it.</summary>
internal sealed record ConcernRow(
    Guid Id, string Source, string RecommendationNumber, string Recommendation, int Number, string Description, string LeadAgency,
    string LeadOfficer, string? LeadOfficerRole, string? Evidence, string? ExpectedOutcome, DateOnly DueOn, Brag Status, bool Overdue, LatestUpdate? Latest);

internal sealed record SourceSection(Guid SourceId, string Reference, string Title, SourceKind Kind, DateOnly SourceDate, StatusCounts Counts, IReadOnlyList<ConcernRow> Concerns);

internal sealed record Report(string Title, DateOnly On, StatusCounts Totals, IReadOnlyList<SourceSection> Sections);

/// <summary>
/// The committee report: confirmed statuses and accepted updates only, for one source or the whole
/// partnership. It is the partnership's published position, so it reads every agency's actions, but never
/// an update the business team has not accepted (see docs/adr/0012).
/// </summary>
internal sealed class CommitteeReportQuery(RecommendationsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<Report?> RunAsync(Guid? sourceId, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var sources = await db.Sources.AsNoTracking().Where(s => sourceId == null || s.Id == sourceId).OrderBy(s => s.Reference).ToListAsync(cancellationToken);
        if (sourceId is not null && sources.Count == 0)
        {
            return null;
        }
        var ids = sources.Select(s => s.Id).ToList();
        var allActions = db.KeyActions.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.SourceId));
        var overdue = Overdue.On(today);
        var counts = await allActions.GroupBy(a => a.SourceId).Select(g => new
        {
            SourceId = g.Key,
            Blue = g.Count(a => a.Status == Brag.Blue),
            Green = g.Count(a => a.Status == Brag.Green),
            Amber = g.Count(a => a.Status == Brag.Amber),
            Red = g.Count(a => a.Status == Brag.Red),
        }).ToDictionaryAsync(c => c.SourceId, cancellationToken);
        var overdueCounts = await allActions.Where(overdue).GroupBy(a => a.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var concerns = await (
            from action in allActions
            where action.Status == Brag.Amber || action.Status == Brag.Red
            join recommendation in db.Recommendations on action.RecommendationId equals recommendation.Id
            orderby recommendation.Number, action.Number
            select new
            {
                action,
                recommendation.Number,
                recommendation.Text,
                Latest = db.ProgressUpdates.IgnoreQueryFilters()
                    .Where(u => u.KeyActionId == action.Id && u.State == UpdateState.Accepted)
                    .OrderByDescending(u => u.Sequence)
                    .Select(u => new LatestUpdate(u.ReportedOn, u.Narrative, u.Impact, u.ProposedStatus))
                    .FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);

        var sections = sources.Select(source =>
        {
            var c = counts.GetValueOrDefault(source.Id);
            var sourceCounts = new StatusCounts(c?.Blue ?? 0, c?.Green ?? 0, c?.Amber ?? 0, c?.Red ?? 0, overdueCounts.GetValueOrDefault(source.Id));
            var rows = concerns.Where(r => r.action.SourceId == source.Id)
                .OrderBy(r => r.Number, NumberOrder.Instance).ThenBy(r => r.action.Number)
                .Select(r => new ConcernRow(r.action.Id, source.Reference, r.Number, r.Text, r.action.Number, r.action.Description, names.GetValueOrDefault(r.action.AgencyId, "Unknown agency"),
                    r.action.LeadOfficer, r.action.LeadOfficerRole, r.action.Evidence, r.action.ExpectedOutcome, r.action.DueOn, r.action.Status, Overdue.IsOverdue(r.action, today), r.Latest))
                .ToList();
            return new SourceSection(source.Id, source.Reference, source.Title, source.Kind, source.SourceDate, sourceCounts, rows);
        }).ToList();
        var totals = new StatusCounts(sections.Sum(s => s.Counts.Blue), sections.Sum(s => s.Counts.Green), sections.Sum(s => s.Counts.Amber), sections.Sum(s => s.Counts.Red), sections.Sum(s => s.Counts.Overdue));
        var title = sourceId is null ? "Action plans: the partnership's progress" : $"Action plan progress: {sources[0].Reference}, {sources[0].Title}";
        return new Report(title, today, totals, sections);
    }
}

/// <summary>Orders recommendation numbers as people read them: 2 before 10, 1.2 before 1.10.</summary>
internal sealed class NumberOrder : IComparer<string>
{
    public static NumberOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.');
        var right = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var compared = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b) ? a.CompareTo(b) : string.CompareOrdinal(left[i], right[i]);
            if (compared != 0)
            {
                return compared;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
