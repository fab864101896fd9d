using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Contracts;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Jobs;
using Partnership.SharedKernel.Notifications;

namespace Partnership.Modules.Recommendations.Reminders;

/// <summary>
/// Every morning: tells each lead agency's leads of their actions due within 14 days and of those that
/// became overdue (once for each due date, however often it runs), publishes <see cref="ActionOverdue"/>
/// for each newly overdue action, and gives the business team the week's digest on the week's first run:
/// Monday's, or the next run's when Monday's did not happen.
/// </summary>
internal sealed class ActionReminders(RecommendationsDbContext db, INotifier notifier, TimeProvider time) : IScheduledJob
{
    public const int DueSoonDays = 14;

    public string Name => "ActionReminders";

    public string Description => "Tells agency leads of actions due within 14 days and newly overdue; a weekly digest for the business team on the week's first run.";

    public string DefaultCron => "0 0 7 * * ?";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var soon = today.AddDays(DueSoonDays);
        var open = db.KeyActions.Where(a => !(a.Status == Brag.Blue || (a.Status == Brag.Green && a.Completed)));

        var dueSoon = await open.Where(a => a.DueOn >= today && a.DueOn <= soon).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var action in dueSoon)
        {
            await notifier.NotifyAsync(
                new Notice($"recommendations:due-soon:{action.Id}:{action.DueOn:yyyy-MM-dd}", "An action is due soon",
                    $"\"{Short(action.Description)}\" is due on {UkTime.Date(action.DueOn)}.", $"/recommendations/action/{action.Id}"),
                NoticeAudience.AgencyLeadsOf(action.AgencyId), cancellationToken);
        }

        // Notices carry their own key, so they are given before the flags are saved: a failed save tells nobody twice.
        var overdue = await db.KeyActions.Where(Overdue.On(today)).Where(a => a.OverdueNotedFor == null || a.OverdueNotedFor != a.DueOn).ToListAsync(cancellationToken);
        foreach (var action in overdue)
        {
            await notifier.NotifyAsync(
                new Notice($"recommendations:overdue:{action.Id}:{action.DueOn:yyyy-MM-dd}", "An action is overdue",
                    $"\"{Short(action.Description)}\" was due on {UkTime.Date(action.DueOn)} and is not complete.", $"/recommendations/action/{action.Id}"),
                NoticeAudience.AgencyLeadsOf(action.AgencyId), cancellationToken);
            var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == action.SourceId, cancellationToken);
            db.Publish(new ActionOverdue
            {
                OccurredAt = time.GetUtcNow(), ActionId = action.Id, LeadAgencyId = action.AgencyId, SourceId = source.Id, ReviewId = source.ReviewId, DueOn = action.DueOn,
            });
            action.OverdueNotedFor = action.DueOn;
        }
        await db.SaveChangesAsync(cancellationToken);

        // The digest's key is its ISO week, so whichever run of the week comes first gives it, once.
        var day = today.ToDateTime(TimeOnly.MinValue);
        var overdueCount = await db.KeyActions.CountAsync(Overdue.On(today), cancellationToken);
        var waiting = await db.ProgressUpdates.CountAsync(u => u.State == UpdateState.AwaitingVerification, cancellationToken);
        await notifier.NotifyAsync(
            new Notice($"recommendations:digest:{ISOWeek.GetYear(day)}-{ISOWeek.GetWeekOfYear(day)}", "Action plans this week",
                $"{overdueCount} overdue, {dueSoon.Count} due within {DueSoonDays} days, {waiting} proposed statuses awaiting verification.", "/recommendations"),
            NoticeAudience.BusinessTeam, cancellationToken);
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
