using Partnership.SharedKernel.Jobs;
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

        services.AddSingleton(ModuleJobs.Discover);
        services.AddScoped<CurrentJobRun>();
        services.AddScoped<ICurrentJobRun>(provider => provider.GetRequiredService<CurrentJobRun>());

        // Hosted services start in turn: the schedule is put in order before Quartz's service starts the
        // scheduler, which it then does during start-up, so a started host is a ready one.
        services.AddHostedService<JobScheduleSynchroniser>();
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = false;
            options.AutoStart = configuration.GetValue("Scheduler:Enabled", defaultValue: true);
        });
    }
}
