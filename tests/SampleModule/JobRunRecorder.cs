using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Jobs;

namespace Partnership.Modules.Sample;

/// <summary>Records a run of a sample job against its occurrence: the row once, the execution every time.</summary>
internal sealed class JobRunRecorder(SampleDbContext db, ICurrentJobRun run, TimeProvider time)
{
    public Task RecordAsync(string job, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO sample.job_runs (job, occurrence, executions, last_attempt, first_run_at)
            VALUES ({job}, {run.Occurrence}, 1, {run.Attempt}, {time.GetUtcNow()})
            ON CONFLICT (job, occurrence) DO UPDATE
               SET executions = job_runs.executions + 1, last_attempt = excluded.last_attempt
            """,
            cancellationToken);
}
