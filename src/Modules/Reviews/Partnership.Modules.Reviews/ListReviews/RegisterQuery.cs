using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.ListReviews;

/// <summary>The register's filters, sorting and paging, shared by the page and the API.</summary>
internal sealed record RegisterFilter(ReviewType? Type, ReviewStage? Stage, int? Year, bool OverdueOnly, string Sort = "reference", int Page = 1)
{
    public const int PageSize = 25;
}

internal sealed record RegisterRow(Guid Id, string Reference, string Subject, ReviewType Type, ReviewStage Stage, bool Held, DateOnly? OpenedOn, Deadline? Attention);

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
        reviews = filter.Sort switch
        {
            "subject" => reviews.OrderBy(r => r.Subject).ThenBy(r => r.Reference),
            "stage" => reviews.OrderBy(r => r.Stage).ThenBy(r => r.Reference),
            "opened" => reviews.OrderByDescending(r => r.NotifiedOn ?? r.CommissionedOn ?? r.StartedOn).ThenBy(r => r.Reference),
            _ => reviews.OrderBy(r => r.Reference),
        };

        var page = Math.Max(1, filter.Page);
        var total = await reviews.CountAsync(cancellationToken);
        var rows = (await reviews.Include(r => r.Holds).Skip((page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken))
            .Select(r => Row(r, today)).ToList();
        return new RegisterPage(rows, total, page, Math.Max(1, (total + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize));
    }

    private static RegisterRow Row(Review review, DateOnly today)
    {
        var deadlines = StatutoryClock.For(review, today, WorkingDaysCalendar.EnglandAndWales);
        var attention = deadlines.FirstOrDefault(d => d.Status is DeadlineStatus.Overdue)
            ?? deadlines.FirstOrDefault(d => d.Status is DeadlineStatus.DueSoon or DeadlineStatus.Held or DeadlineStatus.OnTime);
        return new RegisterRow(review.Id, review.Reference, review.Subject, review.Type, review.Stage, review.CurrentHold is not null,
            review.NotifiedOn ?? review.CommissionedOn ?? review.StartedOn, attention);
    }
}
