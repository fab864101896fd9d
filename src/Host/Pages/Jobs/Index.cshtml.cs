using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Modules;
using Partnership.Host.Scheduling;
using Quartz;
using Quartz.Extensibility;

namespace Partnership.Host.Pages.Jobs;

/// <summary>Every job of the enabled modules: its schedule, its next and last firing, how its runs went, and "Run now".</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Platform.Security.Policies.BusinessTeam)]
internal sealed class IndexModel(
    ModuleJobs jobs,
    ModuleCatalog modules,
    ISchedulerFactory schedulers,
    IExecutionHistoryStore history) : PageModel
{
    public IReadOnlyList<JobRow> Rows { get; private set; } = [];

    [TempData]
    public string? Started { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = (await scheduler.GetTriggers(jobs.All.Select(j => j.TriggerKey).ToList(), cancellationToken))
            .ToDictionary(t => t.Key);
        var statuses = jobs.All.Count == 0
            ? []
            : (await history.QueryJobRunStatuses(
                new JobRunStatusQuery { SchedulerName = scheduler.SchedulerName, Jobs = jobs.All.Select(j => j.JobKey).ToList(), Take = PagedQuery.All },
                cancellationToken)).Items.ToDictionary(s => s.Job);

        Rows = jobs.All
            .Select(job => new JobRow(
                job,
                modules.Enabled.First(m => m.Name == job.Module).Module.Title,
                CronDescription.Describe(job.Cron),
                triggers.GetValueOrDefault(job.TriggerKey)?.NextFireTimeUtc,
                statuses.GetValueOrDefault(job.JobKey)))
            .ToList();
    }

    public async Task<IActionResult> OnPostRunAsync(string? module, string? job, CancellationToken cancellationToken)
    {
        var found = module is null || job is null ? null : jobs.Find(module, job);
        if (found is null)
        {
            return NotFound();
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(found.ToRunNowTrigger(), cancellationToken: cancellationToken);
        Started = $"{found.Module} {found.Name}";
        return RedirectToPage();
    }
}
