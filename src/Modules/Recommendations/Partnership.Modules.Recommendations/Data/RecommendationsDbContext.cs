using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Import;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Recommendations.Data;

internal sealed class RecommendationsDbContext(DbContextOptions<RecommendationsDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "recommendations";

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    /// <summary>Filtered to the user's agency unless they see every agency (ModuleDbContext's rule).</summary>
    public DbSet<KeyAction> KeyActions => Set<KeyAction>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<BragDefinition> BragDefinitions => Set<BragDefinition>();

    /// <summary>Filtered to the user's agency unless they see every agency.</summary>
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<ProgressEvidence> ProgressEvidence => Set<ProgressEvidence>();

    public DbSet<ImportDraft> ImportDrafts => Set<ImportDraft>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Source>(source =>
        {
            source.Property(s => s.Id).ValueGeneratedNever();
            source.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
            source.Property(s => s.Reference).HasMaxLength(40);
            source.Property(s => s.Title).HasMaxLength(200);
            source.HasIndex(s => s.Reference).IsUnique();
            source.Ignore(s => s.Name);
            source.HasMany(s => s.Recommendations).WithOne().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Recommendation>(recommendation =>
        {
            recommendation.Property(r => r.Id).ValueGeneratedNever();
            recommendation.Property(r => r.Number).HasMaxLength(20);
            recommendation.Property(r => r.Text).HasMaxLength(4000);
            recommendation.Property(r => r.Timescale).HasConversion<string>().HasMaxLength(20);
            recommendation.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<KeyAction>(action =>
        {
            action.ToTable("key_actions");
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.Description).HasMaxLength(4000);
            action.Property(a => a.LeadOfficer).HasMaxLength(200);
            action.Property(a => a.LeadOfficerRole).HasMaxLength(200);
            action.Property(a => a.Evidence).HasMaxLength(4000);
            action.Property(a => a.ExpectedOutcome).HasMaxLength(4000);
            action.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
            action.Property(a => a.Version).IsXminRowVersion();
            action.HasIndex(a => new { a.AgencyId, a.DueOn });
            action.HasIndex(a => new { a.AgencyId, a.SourceId });
            action.HasIndex(a => new { a.AgencyId, a.Status });
            action.HasIndex(a => a.SourceId);
            action.HasIndex(a => a.DueOn);
            action.HasIndex(a => new { a.Status, a.DueOn });
            action.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
            action.HasMany(a => a.History).WithOne().HasForeignKey(c => c.KeyActionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StatusChange>(change =>
        {
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.From).HasColumnName("from_status").HasConversion<string>().HasMaxLength(10);
            change.Property(c => c.To).HasColumnName("to_status").HasConversion<string>().HasMaxLength(10);
            change.Property(c => c.Why).HasMaxLength(2000);
            change.Property(c => c.ChangedBy).HasMaxLength(320);
        });
        modelBuilder.Entity<BragDefinition>(definition =>
        {
            definition.HasKey(d => d.Status);
            definition.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            definition.Property(d => d.Meaning).HasMaxLength(1000);
            definition.Property(d => d.Version).IsXminRowVersion();
        });
        modelBuilder.Entity<ProgressUpdate>(update =>
        {
            update.Property(u => u.Id).ValueGeneratedNever();
            update.Property(u => u.Narrative).HasMaxLength(4000);
            update.Property(u => u.Impact).HasMaxLength(4000);
            update.Property(u => u.ProposedStatus).HasConversion<string>().HasMaxLength(10);
            update.Property(u => u.State).HasConversion<string>().HasMaxLength(30);
            update.Property(u => u.VerifierComment).HasMaxLength(2000);
            update.Property(u => u.VerifiedBy).HasMaxLength(320);
            update.Property(u => u.RecordedBy).HasMaxLength(320);
            update.Property(u => u.Version).IsXminRowVersion();
            update.HasIndex(u => new { u.KeyActionId, u.Sequence }).IsUnique();
            update.HasIndex(u => u.State).HasFilter("state = 'AwaitingVerification'");
            update.HasOne<KeyAction>().WithMany().HasForeignKey(u => u.KeyActionId).OnDelete(DeleteBehavior.Cascade);
            update.HasMany(u => u.Evidence).WithOne().HasForeignKey(e => e.ProgressUpdateId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgressEvidence>(evidence =>
        {
            evidence.ToTable("progress_evidence");
            evidence.HasKey(e => new { e.ProgressUpdateId, e.DocumentId });
            evidence.Property(e => e.FileName).HasMaxLength(255);
            evidence.HasOne<SharedKernel.Documents.StoredDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ImportDraft>(draft =>
        {
            draft.ToTable("import_drafts");
            draft.Property(d => d.Id).ValueGeneratedNever();
            draft.Property(d => d.FileName).HasMaxLength(255);
            draft.Property(d => d.Headers).HasColumnType("jsonb");
            draft.Property(d => d.Cells).HasColumnType("jsonb");
            draft.Property(d => d.Columns).HasColumnType("jsonb");
            draft.Property(d => d.RowFixes).HasColumnType("jsonb");
            draft.HasOne<Source>().WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
