using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Sample;

/// <summary>A job that succeeds, once a day unless configuration says otherwise.</summary>
internal sealed class HeartbeatJob(JobRunRecorder recorder) : IScheduledJob
{
    public const string JobName = "Heartbeat";

    public string Name => JobName;

    public string Description => "Records that the scheduler ran it.";

    public string DefaultCron => "0 0 3 * * ?";

    public Task RunAsync(CancellationToken cancellationToken) => recorder.RecordAsync(Name, cancellationToken);
}
