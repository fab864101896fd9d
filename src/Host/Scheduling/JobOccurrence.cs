using Quartz;

namespace Partnership.Host.Scheduling;

/// <summary>Which scheduled occurrence a firing serves, so that a job can be idempotent per occurrence.</summary>
internal static class JobOccurrence
{
    /// <summary>
    /// A first attempt, and a recovery after a crash, carry the occurrence as their scheduled fire time.
    /// A retry fires at a later instant, but never past the next occurrence, so for a cron trigger it
    /// serves the latest occurrence at or before it; a one-off run serves the moment it was asked for.
    /// </summary>
    public static DateTimeOffset Of(IJobExecutionContext context)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.RetryAttempt == 0 || context.Recovering)
        {
            return scheduled;
        }
        return context.Trigger switch
        {
            ICronTrigger { CronExpressionString: { } cron } trigger => LatestAtOrBefore(cron, trigger.TimeZone, scheduled),
            var oneOff => oneOff.StartTimeUtc,
        };
    }

    public static bool IsRunNow(IJobExecutionContext context) =>
        context.MergedJobDataMap.TryGetValue(SchedulerConstants.ManualTrigger, out var manual)
        && string.Equals(manual?.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset LatestAtOrBefore(string cron, TimeZoneInfo timeZone, DateTimeOffset instant)
    {
        var expression = new CronExpression(cron).WithTimeZone(timeZone);
        if (expression.IsSatisfiedBy(instant))
        {
            return instant;
        }
        return expression.GetPreviousValidTimeBefore(instant) ?? instant;
    }
}
