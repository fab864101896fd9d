using Partnership.SharedKernel.Calendar;
using Quartz;

namespace Partnership.Host.Scheduling;

/// <summary>
/// A job an enabled module contributes, as the scheduler keeps it: job and trigger named after the
/// job in the module's group, on the effective cron schedule in London time, with its retry policy.
/// </summary>
internal sealed record ModuleJob(
    string Module,
    string Name,
    string Description,
    string Cron,
    bool CronFromConfiguration,
    int MaxRetries,
    RetryPolicy RetryPolicy,
    Type JobType)
{
    public JobKey JobKey => new(Name, Module);

    public TriggerKey TriggerKey => new(Name, Module);

    public IJobDetail ToJobDetail() =>
        JobBuilder.Create<ModuleJobRunner>()
            .WithIdentity(JobKey)
            .WithDescription(Description)
            .UsingJobData(ModuleJobRunner.ModuleKey, Module)
            .UsingJobData(ModuleJobRunner.JobKey, Name)
            .StoreDurably()
            // A run cut short by a crash runs again on another node; jobs are idempotent for this.
            .RequestRecovery()
            .Build();

    public ITrigger ToScheduleTrigger() =>
        TriggerBuilder.Create()
            .WithIdentity(TriggerKey)
            .ForJob(JobKey)
            .WithDescription($"{Module} {Name} on its schedule")
            .WithSchedule(CronScheduleBuilder.Create(Cron)
                .InTimeZone(UkTime.London)
                // An occurrence missed while every node was down runs once when one comes back.
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .WithRetryPolicy(RetryPolicy)
            .Build();

    /// <summary>A one-off firing asked for on the jobs page, retried like a scheduled one and recorded as manual.</summary>
    public ITrigger ToRunNowTrigger() =>
        TriggerBuilder.Create()
            .WithIdentity(new TriggerKey($"{Name}.RunNow.{Guid.NewGuid():N}", Module))
            .ForJob(JobKey)
            .WithDescription($"{Module} {Name} run now")
            .UsingJobData(SchedulerConstants.ManualTrigger, "true")
            .StartNow()
            .WithRetryPolicy(RetryPolicy)
            .Build();
}
