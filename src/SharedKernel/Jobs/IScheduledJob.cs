namespace Partnership.SharedKernel.Jobs;

/// <summary>
/// A recurring job a module contributes. The schedule is <see cref="DefaultCron"/> unless
/// <c>Modules:&lt;Module&gt;:Jobs:&lt;Name&gt;:Cron</c> overrides it. A job can run again after a crash
/// or a retry, so <see cref="RunAsync"/> must be idempotent: inject <see cref="ICurrentJobRun"/> for the
/// occurrence a run serves, which its retries share.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Unique within the module; letters and digits.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>A Quartz cron expression (seconds first), in Europe/London time.</summary>
    string DefaultCron { get; }

    /// <summary>How many times a failed run is tried again before it is recorded as failed.</summary>
    int MaxRetries => 3;

    Task RunAsync(CancellationToken cancellationToken);
}
