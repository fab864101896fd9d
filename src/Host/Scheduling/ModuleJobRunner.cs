using Partnership.SharedKernel.Jobs;
using Quartz;

namespace Partnership.Host.Scheduling;

/// <summary>
/// The one Quartz job type: it runs the module job its job data names, created in a scope of its own
/// with <see cref="ICurrentJobRun"/> set. A failure is left to propagate, so that Quartz records it
/// and retries the firing under the trigger's policy.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ModuleJobRunner(IServiceScopeFactory scopes, ModuleJobs jobs) : IJob
{
    public const string ModuleKey = "module";
    public const string JobKey = "job";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var module = Read(context, ModuleKey);
        var name = Read(context, JobKey);
        var job = jobs.Find(module, name)
            ?? throw new JobExecutionException($"No enabled module on this node declares the job {module} {name}.");

        await using var scope = scopes.CreateAsyncScope();
        // Quartz keeps the scheduled fire time through the retries of a firing and its recovery after a
        // crash, which is what makes it the occurrence a job keys its idempotency on.
        var occurrence = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        scope.ServiceProvider.GetRequiredService<CurrentJobRun>().Begin(occurrence, context.RetryAttempt, IsRunNow(context));
        var instance = (IScheduledJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.JobType);
        await instance.RunAsync(cancellationToken);
    }

    private static bool IsRunNow(IJobExecutionContext context) =>
        context.MergedJobDataMap.TryGetValue(SchedulerConstants.ManualTrigger, out var manual)
        && string.Equals(manual?.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static string Read(IJobExecutionContext context, string key) =>
        context.JobDetail.JobDataMap.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new JobExecutionException($"The job {context.JobDetail.Key} has no '{key}' in its job data.");
}
