using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Notifications;

namespace Partnership.Modules.Reviews.Reminders;

/// <summary>
/// The agency reports part of the daily reminders. A report due within <see cref="DueSoonWorkingDays"/>
/// working days is a reminder to the agency's leads; a late one is news for them and the business team.
/// The keys carry the due date, so a resubmission with a new date is reminded of again.
/// </summary>
internal sealed class AgencyReportReminders(ReviewsDbContext db, IAgencyDirectory directory, INotifier notifier)
{
    public const int DueSoonWorkingDays = 5;

    public async Task<int> RemindAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // Five working days are never more than two calendar weeks, even across Christmas.
        var horizon = today.AddDays(14);
        var outstanding = await db.Set<AgencyReport>().AsNoTracking()
            .Where(r => (r.State == AgencyReportState.Requested || r.State == AgencyReportState.ChangesRequested) && r.DueOn <= horizon)
            .Join(db.Reviews, r => r.ReviewId, review => review.Id, (r, review) => new { Report = r, review.Reference, review.Subject })
            .ToListAsync(cancellationToken);
        var names = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var told = 0;
        foreach (var item in outstanding.OrderBy(i => i.Report.DueOn))
        {
            var report = item.Report;
            var agency = names.GetValueOrDefault(report.AgencyId) ?? "An agency";
            var what = $"{agency}'s {report.Kind.DisplayName().ToLowerInvariant()} for {item.Reference} ({item.Subject})";
            var link = $"/reviews/agency-reports/{report.Id}";
            var due = report.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (report.IsLate(today))
            {
                var notice = new Notice(
                    $"reviews:agency-report-late:{report.Id}:{due}",
                    $"Agency report late: {item.Reference}",
                    $"{what} was due on {UkTime.Date(report.DueOn)} and has not been {(report.State == AgencyReportState.ChangesRequested ? "resubmitted" : "submitted")}.",
                    link);
                told += await notifier.NotifyAsync(notice, NoticeAudience.BusinessTeam, cancellationToken);
                told += await notifier.NotifyAsync(notice, NoticeAudience.AgencyLeadsOf(report.AgencyId), cancellationToken);
            }
            else if (WorkingDaysCalendar.EnglandAndWales.WorkingDaysBetween(today, report.DueOn) <= DueSoonWorkingDays)
            {
                var notice = new Notice(
                    $"reviews:agency-report-due-soon:{report.Id}:{due}",
                    $"Agency report due soon: {item.Reference}",
                    $"{what} is due on {UkTime.Date(report.DueOn)}.",
                    link);
                told += await notifier.NotifyAsync(notice, NoticeAudience.AgencyLeadsOf(report.AgencyId), cancellationToken);
            }
        }
        return told;
    }
}
