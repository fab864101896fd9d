using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Reviews.Reminders;

/// <summary>Every morning: statutory deadlines due soon or missed. Each notice is raised once, so a re-run is harmless.</summary>
internal sealed class ReviewRemindersJob(DeadlineReminders deadlines) : IScheduledJob
{
    public string Name => "ReviewReminders";

    public string Description => "Tells the business team about statutory deadlines that are due soon or missed.";

    public string DefaultCron => "0 0 7 * * ?";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await deadlines.RaiseAsync(cancellationToken);
}
