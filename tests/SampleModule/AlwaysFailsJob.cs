using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Sample;

/// <summary>A job that records each attempt and then fails, for the retries and the failures shown.</summary>
internal sealed class AlwaysFailsJob(JobRunRecorder recorder) : IScheduledJob
{
    public const string JobName = "AlwaysFails";
    public const string Failure = "The sample job failed on purpose.";

    public string Name => JobName;

    public string Description => "Fails every time it runs.";

    public string DefaultCron => "0 0 4 1 1 ?";

    public int MaxRetries => 2;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await recorder.RecordAsync(Name, cancellationToken);
        throw new InvalidOperationException(Failure);
    }
}
