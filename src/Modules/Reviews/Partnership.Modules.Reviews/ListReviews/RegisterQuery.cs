using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.Search;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.ListReviews;

/// <summary>The register's filters, sorting and paging, shared by the page and the API.</summary>
internal sealed record RegisterFilter(ReviewType? Type, ReviewStage? Stage, int? Year, bool OverdueOnly, string Sort = "reference", int Page = 1)
{
    public const int PageSize = 25;

    /// <summary>Reviews tagged with this theme, or with learning that has it.</summary>
    public Guid? ThemeId { get; init; }

    /// <summary>Reviews this agency is involved in.</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>Full-text search of the reviews and their learning; sort "relevance" ranks the matches.</summary>
    public string? Search { get; init; }
}

internal sealed record RegisterRow(Guid Id, string Reference, string Subject, ReviewType Type, ReviewStage Stage, bool Held, DateOnly? OpenedOn, Deadline? Attention)
{
    /// <summary>How many of the review's agency reports the user may see are late.</summary>
    public int LateAgencyReports { get; init; }

    /// <summary>The review's learning that matched the search.</summary>
    public IReadOnlyList<LearningMatch> Matches { get; init; } = [];
}

internal sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, int Total, int Page, int Pages);

internal sealed class RegisterQuery(ReviewsDbContext db, TimeProvider time)
{
    public async Task<RegisterPage> RunAsync(RegisterFilter filter, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var reviews = db.VisibleReviews().AsNoTracking();
        if (filter.OverdueOnly)
        {
            reviews = reviews.Where(OverdueFilter.On(today, WorkingDaysCalendar.EnglandAndWales));
        }
        if (filter.Type is { } type)
        {
            reviews = reviews.Where(r => r.Type == type);
        }
        if (filter.Stage is { } stage)
        {
            reviews = reviews.Where(r => r.Stage == stage);
        }
        if (filter.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            reviews = reviews.Where(r => (r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn) >= from && (r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn) <= to);
        }
        if (filter.ThemeId is { } theme)
        {
            reviews = reviews.Where(r => db.ReviewThemes.Any(t => t.ReviewId == r.Id && t.ThemeId == theme)
                || db.LearningItems.Any(l => l.ReviewId == r.Id && l.Themes.Any(t => t.ThemeId == theme)));
        }
        if (filter.AgencyId is { } agency)
        {
            reviews = reviews.Where(r => r.Agencies.Any(a => a.AgencyId == agency));
        }
        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        if (search is not null)
        {
            reviews = reviews.Matching(db, search);
        }
        reviews = filter.Sort switch
        {
            "relevance" when search is not null => reviews.ByRelevance(db, search),
            "subject" => reviews.OrderBy(r => r.Subject).ThenBy(r => r.Reference),
            "stage" => reviews.OrderBy(r => r.Stage).ThenBy(r => r.Reference),
            "opened" => reviews.OrderByDescending(r => r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn).ThenBy(r => r.Reference),
            _ => reviews.OrderBy(r => r.Reference),
        };

        var page = Math.Max(1, filter.Page);
        var total = await reviews.CountAsync(cancellationToken);
        var rows = (await reviews.Include(r => r.Holds).Skip((page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken))
            .Select(r => Row(r, today)).ToList();
        if (rows.Count > 0)
        {
            var late = await LateAgencyReportsAsync([.. rows.Select(r => r.Id)], today, cancellationToken);
            rows = [.. rows.Select(r => r with { LateAgencyReports = late.GetValueOrDefault(r.Id) })];
        }
        if (search is not null && rows.Count > 0)
        {
            var matches = await ReviewSearch.LearningMatchesAsync(db, [.. rows.Select(r => r.Id)], search, cancellationToken);
            rows = [.. rows.Select(r => r with { Matches = [.. matches[r.Id]] })];
        }
        return new RegisterPage(rows, total, page, Math.Max(1, (total + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize));
    }

    // Read through the context's agency filter, so an agency's staff count only their own agency's reports.
    private Task<Dictionary<Guid, int>> LateAgencyReportsAsync(IReadOnlyCollection<Guid> reviewIds, DateOnly today, CancellationToken cancellationToken) =>
        db.Set<AgencyReport>().AsNoTracking()
            .Where(r => reviewIds.Contains(r.ReviewId))
            .Where(AgencyReport.LateOn(today))
            .GroupBy(r => r.ReviewId)
            .Select(g => new { ReviewId = g.Key, Late = g.Count() })
            .ToDictionaryAsync(g => g.ReviewId, g => g.Late, cancellationToken);

    private static RegisterRow Row(Review review, DateOnly today)
    {
        var deadlines = StatutoryClock.For(review, today, WorkingDaysCalendar.EnglandAndWales);
        var attention = deadlines.FirstOrDefault(d => d.Status is DeadlineStatus.Overdue)
            ?? deadlines.FirstOrDefault(d => d.Status is DeadlineStatus.DueSoon or DeadlineStatus.Held or DeadlineStatus.OnTime);
        return new RegisterRow(review.Id, review.Reference, review.Subject, review.Type, review.Stage, review.CurrentHold is not null,
            review.NotifiedOn ?? review.CommissionedOn ?? review.StartedOn, attention);
    }
}
