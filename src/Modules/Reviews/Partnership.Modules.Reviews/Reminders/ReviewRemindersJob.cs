using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Reviews.Reminders;

/// <summary>
/// Every morning, tells people what in the Reviews module is due soon or late: statutory deadlines to
/// the business team, agency reports to the agencies and the business team. Each part raises its
/// notices with keys that name the occasion, so a second run the same day (a retry, a run by hand)
/// tells nobody twice.
/// </summary>
internal sealed class ReviewRemindersJob(DeadlineReminders deadlines, AgencyReportReminders agencyReports, TimeProvider time) : IScheduledJob
{
    public const string JobName = "ReviewReminders";

    public string Name => JobName;

    public string Description => "Tells the business team about statutory deadlines due soon or missed, reminds agencies of agency reports due within 5 working days, and tells them and the business team when one is late.";

    public string DefaultCron => "0 0 7 * * ?";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await deadlines.RaiseAsync(cancellationToken);
        await agencyReports.RemindAsync(UkTime.Today(time), cancellationToken);
    }
}
