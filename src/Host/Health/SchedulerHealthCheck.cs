using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Partnership.Host.Health;

/// <summary>
/// The scheduler runs, or was switched off on purpose (<c>Scheduler:Enabled=false</c>: another host runs
/// the jobs); any other state means jobs that should run do not.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue("Scheduler:Enabled", defaultValue: true))
        {
            return HealthCheckResult.Healthy("The scheduler is switched off on this host (Scheduler:Enabled is false).");
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Scheduler {scheduler.SchedulerInstanceId} is running.")
            : HealthCheckResult.Unhealthy($"The scheduler is {status}.");
    }
}
