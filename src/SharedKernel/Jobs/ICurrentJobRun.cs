namespace Partnership.SharedKernel.Jobs;

/// <summary>
/// The run a scheduled job is doing, for the job to key its idempotency on. Read it inside
/// <see cref="IScheduledJob.RunAsync"/>; outside a run it throws.
/// </summary>
public interface ICurrentJobRun
{
    /// <summary>
    /// The scheduled time this run serves, in UTC: the same for a firing and its retries, and for a
    /// recovered firing after a crash, so "once per occurrence" means once per value of this.
    /// A run asked for by hand serves the moment it was asked for.
    /// </summary>
    DateTimeOffset Occurrence { get; }

    /// <summary>0 on the first attempt at the occurrence, n on the n-th retry.</summary>
    int Attempt { get; }

    /// <summary>Whether someone asked for this run on the jobs page rather than the schedule.</summary>
    bool RunNow { get; }
}
