using Partnership.Host.Scheduling;
using Quartz;

namespace Partnership.Host.Pages.Jobs;

/// <summary>One line of the jobs page; <see cref="Runs"/> is null until the job has run.</summary>
internal sealed record JobRow(ModuleJob Job, string ModuleTitle, string? ScheduleInWords, DateTimeOffset? NextFiring, JobRunStatus? Runs);
