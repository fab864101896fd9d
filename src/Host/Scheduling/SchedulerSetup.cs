using Quartz;

namespace Partnership.Host.Scheduling;

internal static class SchedulerSetup
{
    /// <summary>Quartz's tables live in the <c>scheduler</c> schema, which the platform's first migration creates.</summary>
    public const string TablePrefix = "scheduler.qrtz_";

    public static void AddScheduler(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = configuration["Scheduler:InstanceName"] ?? "PartnershipHub";
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.ConnectionString = connectionString);
                store.ConfigureStore(options => options.TablePrefix = TablePrefix);
                store.UseClustering(clustering => clustering.CheckinInterval = TimeSpan.FromSeconds(10));
                store.ProvisionSchema();
                store.UseExecutionHistory();
            });
        });
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AutoStart = configuration.GetValue("Scheduler:Enabled", defaultValue: true);
        });
    }
}
