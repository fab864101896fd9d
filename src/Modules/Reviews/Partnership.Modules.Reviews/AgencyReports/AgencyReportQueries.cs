using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Reviews.AgencyReports;

/// <summary>A report with the names the screens show beside it.</summary>
internal sealed record AgencyReportRow(AgencyReport Report, string AgencyName, string ReviewReference, string ReviewSubject, bool IsLate);

/// <summary>
/// Agency reports as the user may see them: the business team and the scrutineer see every agency's,
/// an agency's staff their own agency's only (the context's filter on agency-owned records).
/// </summary>
internal sealed class AgencyReportQueries(ReviewsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public DateOnly Today => UkTime.Today(time);

    /// <summary>A review's reports, or null when the user may not read the review.</summary>
    public async Task<IReadOnlyList<AgencyReportRow>?> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }
        var reports = await db.Set<AgencyReport>().AsNoTracking().Where(r => r.ReviewId == reviewId).ToListAsync(cancellationToken);
        return await RowsAsync(reports, [review], cancellationToken);
    }

    /// <summary>Every report the user may see, outstanding ones first, the soonest due first.</summary>
    public async Task<IReadOnlyList<AgencyReportRow>> VisibleAsync(CancellationToken cancellationToken)
    {
        var reports = await db.Set<AgencyReport>().AsNoTracking().ToListAsync(cancellationToken);
        var reviewIds = reports.Select(r => r.ReviewId).Distinct().ToList();
        var reviews = await db.Reviews.AsNoTracking().Where(r => reviewIds.Contains(r.Id)).ToListAsync(cancellationToken);
        return await RowsAsync(reports, reviews, cancellationToken);
    }

    /// <summary>One report with its history, or null when it does not exist or is another agency's.</summary>
    public async Task<AgencyReportRow?> FindAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.FindVisibleAsync<AgencyReport>(reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }
        await db.Entry(report).Collection(r => r.Steps).LoadAsync(cancellationToken);
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == report.ReviewId, cancellationToken);
        return (await RowsAsync([report], [review], cancellationToken)).Single();
    }

    private async Task<IReadOnlyList<AgencyReportRow>> RowsAsync(IReadOnlyList<AgencyReport> reports, IReadOnlyList<Review> reviews, CancellationToken cancellationToken)
    {
        var today = Today;
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var byId = reviews.ToDictionary(r => r.Id);
        return reports
            .Select(r => new AgencyReportRow(r, names.GetValueOrDefault(r.AgencyId) ?? "An agency no longer listed", byId[r.ReviewId].Reference, byId[r.ReviewId].Subject, r.IsLate(today)))
            .OrderBy(r => Rank(r.Report.State))
            .ThenBy(r => r.Report.DueOn)
            .ThenBy(r => r.AgencyName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // What needs doing first: reports the agency still owes, then those waiting for the business team.
    private static int Rank(AgencyReportState state) => state switch
    {
        AgencyReportState.Requested or AgencyReportState.ChangesRequested => 0,
        AgencyReportState.Submitted => 1,
        _ => 2,
    };
}
