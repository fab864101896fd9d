using System.Text.RegularExpressions;
using Partnership.Host.Modules;
using Partnership.Host.Startup;
using Partnership.SharedKernel.Jobs;
using Quartz;

namespace Partnership.Host.Scheduling;

/// <summary>
/// The jobs of the enabled modules with their effective schedules, read and checked once at start-up.
/// A disabled module's jobs are not here, because Scrutor never registered them.
/// </summary>
internal sealed partial class ModuleJobs
{
    private const int MostRetries = 10;
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    private ModuleJobs(IReadOnlyList<ModuleJob> all) => All = all;

    public IReadOnlyList<ModuleJob> All { get; }

    public ModuleJob? Find(string module, string name) =>
        All.FirstOrDefault(j => j.Module == module && j.Name == name);

    public static string CronSetting(string module, string job) => $"Modules:{module}:Jobs:{job}:Cron";

    public static ModuleJobs Discover(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var firstRetryDelay = configuration.GetValue("Scheduler:FirstRetryDelay", TimeSpan.FromMinutes(1));
        if (firstRetryDelay <= TimeSpan.Zero || firstRetryDelay > LongestRetryDelay)
        {
            throw new StartupException($"The setting Scheduler:FirstRetryDelay is {firstRetryDelay}; use a duration above zero and at most {LongestRetryDelay}, such as 00:01:00.");
        }

        using var scope = services.CreateScope();
        var jobs = scope.ServiceProvider.GetServices<IScheduledJob>()
            .Select(job => Describe(job, catalog, configuration, firstRetryDelay, now))
            .OrderBy(j => j.Module, StringComparer.Ordinal)
            .ThenBy(j => j.Name, StringComparer.Ordinal)
            .ToList();

        var duplicate = jobs.GroupBy(j => (j.Module, Name: j.Name.ToUpperInvariant())).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StartupException($"The module {duplicate.Key.Module} declares two jobs named '{duplicate.First().Name}'. Each job of a module needs its own name.");
        }
        RefuseUnknownJobSettings(configuration, catalog, jobs);
        return new ModuleJobs(jobs);
    }

    private static ModuleJob Describe(IScheduledJob job, ModuleCatalog catalog, IConfiguration configuration, TimeSpan firstRetryDelay, DateTimeOffset now)
    {
        var type = job.GetType();
        var module = catalog.ForAssembly(type.Assembly)
            ?? throw new StartupException($"The job {type.FullName} does not belong to an enabled module.");
        if (!JobName().IsMatch(job.Name))
        {
            throw new StartupException($"The module {module.Name} declares a job named '{job.Name}' ({type.Name}); a job name is letters and digits.");
        }
        if (job.MaxRetries is < 0 or > MostRetries)
        {
            throw new StartupException($"The job {module.Name} {job.Name} asks for {job.MaxRetries} retries; between 0 and {MostRetries} are allowed.");
        }

        var setting = CronSetting(module.Name, job.Name);
        var configured = configuration[setting];
        var fromConfiguration = !string.IsNullOrWhiteSpace(configured);
        var cron = fromConfiguration ? configured!.Trim() : job.DefaultCron;
        var problem = CronProblem(cron, now);
        if (problem is not null)
        {
            throw new StartupException(fromConfiguration
                ? $"The setting {setting} is '{cron}', which is not a schedule the scheduler can use: {problem} Use a Quartz cron expression with seconds first, for example '0 0 7 * * ?' for 07:00 every day, or remove the setting to use the job's default '{job.DefaultCron}'."
                : $"The job {module.Name} {job.Name} declares the default schedule '{cron}', which the scheduler cannot use: {problem}");
        }

        var retryPolicy = job.MaxRetries == 0
            ? RetryPolicy.None
            : RetryPolicy.Exponential(job.MaxRetries, firstRetryDelay, factor: 2, maxDelay: LongestRetryDelay);
        return new ModuleJob(module.Name, job.Name, job.Description, cron, fromConfiguration, job.MaxRetries, retryPolicy, type);
    }

    /// <summary>Why the scheduler could not use the expression, or null when it can.</summary>
    private static string? CronProblem(string cron, DateTimeOffset now)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron);
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
        return expression.GetNextValidTimeAfter(now) is null ? "it never fires again." : null;
    }

    /// <summary>A cron setting for a job that does not exist would silently do nothing: refuse it, as unknown modules are.</summary>
    private static void RefuseUnknownJobSettings(IConfiguration configuration, ModuleCatalog catalog, List<ModuleJob> jobs)
    {
        foreach (var module in catalog.Enabled)
        {
            var known = jobs.Where(j => j.Module == module.Name).Select(j => j.Name).ToList();
            var unknown = configuration.GetSection($"Modules:{module.Name}:Jobs").GetChildren()
                .Where(section => !known.Contains(section.Key, StringComparer.OrdinalIgnoreCase))
                .Select(section => $"Modules:{module.Name}:Jobs:{section.Key}")
                .ToList();
            if (unknown.Count > 0)
            {
                throw new StartupException(
                    $"Configuration names a job that does not exist: {string.Join(", ", unknown)}. " +
                    $"Jobs of {module.Name}: {(known.Count == 0 ? "none" : string.Join(", ", known))}. Correct or remove the setting.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex JobName();
}
