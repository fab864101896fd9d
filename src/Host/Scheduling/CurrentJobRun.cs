using Partnership.SharedKernel.Jobs;

namespace Partnership.Host.Scheduling;

/// <summary>The run of the job in this scope, set by <see cref="ModuleJobRunner"/> before it creates the job.</summary>
internal sealed class CurrentJobRun : ICurrentJobRun
{
    private (DateTimeOffset Occurrence, int Attempt, bool RunNow)? _run;

    public DateTimeOffset Occurrence => Run.Occurrence;

    public int Attempt => Run.Attempt;

    public bool RunNow => Run.RunNow;

    private (DateTimeOffset Occurrence, int Attempt, bool RunNow) Run =>
        _run ?? throw new InvalidOperationException("No scheduled job is running in this scope: ICurrentJobRun is for scheduled jobs.");

    public void Begin(DateTimeOffset occurrence, int attempt, bool runNow) => _run = (occurrence, attempt, runNow);
}
