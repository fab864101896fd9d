using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Recommendations.ListActions;

/// <summary>The filters, sorting and paging of "our actions", shared by the page and the API.</summary>
internal sealed record ActionFilter(Guid? SourceId, Brag? Status, bool OverdueOnly, bool DueThisMonth, string Sort = "due", int Page = 1)
{
    public const int PageSize = 25;

    /// <summary>Words from a source's reference or title: the filter for those who have too many sources to list.</summary>
    public string? SourceText { get; init; }
}

internal sealed record ActionRow(
    Guid Id,
    Guid SourceId,
    string SourceReference,
    string RecommendationNumber,
    int Number,
    string Description,
    Guid LeadAgencyId,
    string LeadAgency,
    string LeadOfficer,
    DateOnly DueOn,
    Brag Status,
    bool Completed,
    bool Overdue,
    Brag? Proposed);

internal sealed record ActionPage(IReadOnlyList<ActionRow> Rows, int Total, int Page, int Pages);

/// <summary>The actions the user may see (their agency's, or all for those who see every agency), filtered and counted in SQL.</summary>
internal sealed class ActionsQuery(RecommendationsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<ActionPage> RunAsync(ActionFilter filter, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var actions = db.KeyActions.AsNoTracking();
        if (filter.SourceId is { } sourceId)
        {
            actions = actions.Where(a => a.SourceId == sourceId);
        }
        if (!string.IsNullOrWhiteSpace(filter.SourceText))
        {
            var pattern = LikePatterns.Containing(filter.SourceText.Trim());
            actions = actions.Where(a => db.Sources.Any(s => s.Id == a.SourceId && (EF.Functions.ILike(s.Reference, pattern) || EF.Functions.ILike(s.Title, pattern))));
        }
        if (filter.Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }
        if (filter.OverdueOnly)
        {
            actions = actions.Where(Overdue.On(today));
        }
        if (filter.DueThisMonth)
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            actions = actions.Where(a => a.DueOn >= first && a.DueOn <= last);
        }
        var total = await actions.CountAsync(cancellationToken);
        var rows = from action in actions
                   join recommendation in db.Recommendations on action.RecommendationId equals recommendation.Id
                   join source in db.Sources on action.SourceId equals source.Id
                   select new { action, recommendation.Number, source.Reference };
        rows = filter.Sort switch
        {
            "status" => rows.OrderBy(r => r.action.Status).ThenBy(r => r.action.DueOn).ThenBy(r => r.action.Id),
            "source" => rows.OrderBy(r => r.Reference).ThenBy(r => r.Number).ThenBy(r => r.action.Number).ThenBy(r => r.action.Id),
            _ => rows.OrderBy(r => r.action.DueOn).ThenBy(r => r.Reference).ThenBy(r => r.action.Id),
        };
        var pages = Math.Max(1, (total + ActionFilter.PageSize - 1) / ActionFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var slice = await rows.Skip((page - 1) * ActionFilter.PageSize).Take(ActionFilter.PageSize)
            .Select(r => new
            {
                r.action,
                r.Number,
                r.Reference,
                Proposed = db.ProgressUpdates.Where(u => u.KeyActionId == r.action.Id && u.State == UpdateState.AwaitingVerification)
                    .OrderByDescending(u => u.Sequence).Select(u => (Brag?)u.ProposedStatus).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return new ActionPage(
            slice.Select(r => new ActionRow(r.action.Id, r.action.SourceId, r.Reference, r.Number, r.action.Number, r.action.Description, r.action.AgencyId,
                names.GetValueOrDefault(r.action.AgencyId, "Unknown agency"), r.action.LeadOfficer, r.action.DueOn, r.action.Status, r.action.Completed,
                Overdue.IsOverdue(r.action, today), r.Proposed)).ToList(),
            total, page, pages);
    }

    /// <summary>The first <paramref name="limit"/> sources, by reference, that have actions the user may see, for the filter.</summary>
    public async Task<IReadOnlyList<Source>> SourcesAsync(int limit, CancellationToken cancellationToken)
    {
        var visible = db.KeyActions.Select(a => a.SourceId);
        return await db.Sources.AsNoTracking().Where(s => visible.Contains(s.Id)).OrderBy(s => s.Reference).Take(limit).ToListAsync(cancellationToken);
    }

    public Task<Source?> SourceAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
}
