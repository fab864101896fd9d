using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Partnership.Host.Health;

internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Scheduler {scheduler.SchedulerInstanceId} is running.")
            : HealthCheckResult.Unhealthy($"The scheduler is {status}.");
    }
}
