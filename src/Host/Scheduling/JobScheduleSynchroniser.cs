using Npgsql;
using Partnership.Host.Data;
using Partnership.SharedKernel.Calendar;
using Quartz;

namespace Partnership.Host.Scheduling;

/// <summary>
/// Makes the shared job store hold exactly the enabled modules' jobs, at every start. It does not use
/// Quartz's declared jobs and triggers, which are stored again at each start and so drop the firings
/// missed while the service was down: a trigger whose schedule is unchanged is left as it is, so its
/// misfire is honoured; a changed cron replaces it; a retry policy is updated in place; jobs no enabled
/// module declares are deleted. Hosts starting together take turns under an advisory lock.
/// </summary>
internal sealed partial class JobScheduleSynchroniser(
    ISchedulerFactory schedulers,
    IServiceProvider services,
    NpgsqlDataSource dataSource,
    ILogger<JobScheduleSynchroniser> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here rather than injected, so that a job refused at start-up fails the start, not the host's construction.
        var jobs = services.GetRequiredService<ModuleJobs>();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AdvisoryLock.RunExclusiveAsync(connection, AdvisoryLock.JobSchedule, async () =>
        {
            foreach (var job in jobs.All)
            {
                await SynchroniseAsync(scheduler, job, cancellationToken);
            }
            await DeleteUndeclaredAsync(scheduler, jobs, cancellationToken);
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SynchroniseAsync(IScheduler scheduler, ModuleJob job, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(job.ToJobDetail(), AddJobOptions.Replacing, cancellationToken);
        var stored = await scheduler.GetTrigger(job.TriggerKey, cancellationToken);
        if (stored is null)
        {
            // Keep: of two hosts that both found no trigger, one stores it and the other leaves it be.
            await scheduler.ScheduleTrigger(job.ToScheduleTrigger(), TriggerConflict.Keep, cancellationToken);
            LogScheduled(logger, job.Module, job.Name, job.Cron);
        }
        else if (stored is not ICronTrigger cron || cron.CronExpressionString != job.Cron || cron.TimeZone.Id != UkTime.London.Id || !Equals(stored.JobKey, job.JobKey))
        {
            await scheduler.RescheduleJob(job.TriggerKey, job.ToScheduleTrigger(), cancellationToken);
            LogRescheduled(logger, job.Module, job.Name, (stored as ICronTrigger)?.CronExpressionString ?? stored.GetType().Name, job.Cron);
        }
        else if (stored.RetryPolicy != job.RetryPolicy)
        {
            await scheduler.UpdateTriggerDetails(job.TriggerKey, new TriggerDetailsUpdate().WithRetryPolicy(job.RetryPolicy), cancellationToken);
        }
    }

    private async Task DeleteUndeclaredAsync(IScheduler scheduler, ModuleJobs jobs, CancellationToken cancellationToken)
    {
        var declared = jobs.All.Select(j => j.JobKey).ToHashSet();
        var stored = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, cancellationToken);
        var undeclared = stored.Items.Select(j => j.Key).Where(key => !declared.Contains(key)).ToList();
        if (undeclared.Count > 0)
        {
            await scheduler.DeleteJobs(undeclared, cancellationToken);
            LogDeleted(logger, string.Join(", ", undeclared));
        }
    }

    [LoggerMessage(LogLevel.Information, "Scheduled job {Module} {Job} on '{Cron}'")]
    private static partial void LogScheduled(ILogger logger, string module, string job, string cron);

    [LoggerMessage(LogLevel.Information, "Rescheduled job {Module} {Job} from '{Previous}' to '{Cron}'")]
    private static partial void LogRescheduled(ILogger logger, string module, string job, string previous, string cron);

    [LoggerMessage(LogLevel.Information, "Deleted jobs no enabled module declares: {Jobs}")]
    private static partial void LogDeleted(ILogger logger, string jobs);
}
