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

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note => note.Property(n => n.Text).HasMaxLength(200));
        modelBuilder.Entity<NoteTally>(tally => tally.HasKey(t => t.Name));
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
