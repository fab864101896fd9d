using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Reviews.Reminders;

/// <summary>
/// Every morning, tells people what in the Reviews module is due soon or late. Each part raises its
/// notices with keys that name the occasion, so a second run the same day (a retry, a run by hand)
/// tells nobody twice.
/// </summary>
internal sealed class ReviewRemindersJob(AgencyReportReminders agencyReports, TimeProvider time) : IScheduledJob
{
    public const string JobName = "ReviewReminders";

    public string Name => JobName;

    public string Description => "Reminds agencies of agency reports due within 5 working days, and tells them and the business team when one is late.";

    public string DefaultCron => "0 0 7 * * ?";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        await agencyReports.RemindAsync(today, cancellationToken);
    }
}
