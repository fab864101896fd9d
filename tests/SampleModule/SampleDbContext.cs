using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Sample;

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "sample";

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteTally> NoteTallies => Set<NoteTally>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note => note.Property(n => n.Text).HasMaxLength(200));
        modelBuilder.Entity<NoteTally>(tally => tally.HasKey(t => t.Name));
        modelBuilder.Entity<JobRun>(run => run.HasKey(r => new { r.Job, r.Occurrence }));
        modelBuilder.Entity<Measurement>(measurement =>
        {
            measurement.Property(m => m.Id).ValueGeneratedNever();
            measurement.Property(m => m.Name).HasMaxLength(100);
            measurement.Property(m => m.Note).HasMaxLength(100);
            measurement.Property(m => m.Amount).HasPrecision(12, 2);
        });
    }
}

/// <summary>An agency-owned record: what the access rules are tested on.</summary>
public sealed class Note : IAgencyOwned
{
    public Guid Id { get; init; }

    public Guid AgencyId { get; set; }

    public required string Text { get; set; }
}

/// <summary>What the event handler changes: handled once per event, it counts each note once.</summary>
public sealed class NoteTally
{
    public required string Name { get; init; }

    public int Count { get; set; }
}

/// <summary>
/// What the sample jobs leave: one row per job and occurrence, however often it runs (the job's
/// idempotent effect), and a count of the executions that reached it (how tests see a double run).
/// </summary>
public sealed class JobRun
{
    public required string Job { get; init; }

    public DateTimeOffset Occurrence { get; init; }

    public int Executions { get; init; }

    public int LastAttempt { get; init; }

    public DateTimeOffset FirstRunAt { get; init; }
}
