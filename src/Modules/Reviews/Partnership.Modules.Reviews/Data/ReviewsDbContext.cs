using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Clock;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.Search;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Reviews.Data;

internal sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "reviews";

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<ReviewTheme> ReviewThemes => Set<ReviewTheme>();

    public DbSet<LearningItem> LearningItems => Set<LearningItem>();

    /// <summary>
    /// The reviews the user may read: all of them for those who see every agency; for an agency's
    /// staff, the reviews their agency is involved in.
    /// </summary>
    public IQueryable<Review> VisibleReviews()
    {
        if (AccessRules.SeesAllAgencies(User))
        {
            return Reviews;
        }
        var agency = User.AgencyId ?? Guid.Empty;
        return Reviews.Where(r => r.Agencies.Any(a => a.AgencyId == agency));
    }

    /// <summary>Saves the changes, and with them the deadlines of every review added or changed.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries<Review>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count > 0)
        {
            await ReviewDeadlines.KeepUpToDateAsync(this, changed, cancellationToken);
        }
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Review>(review =>
        {
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.Reference).HasMaxLength(40);
            review.HasIndex(r => r.Reference).IsUnique();
            review.HasIndex(r => r.Type);
            review.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
            review.Property(r => r.Stage).HasConversion<string>().HasMaxLength(40);
            review.Property(r => r.Decision).HasConversion<string>().HasMaxLength(40);
            review.Property(r => r.Subject).HasMaxLength(200);
            review.Property(r => r.Summary).HasMaxLength(4000);
            review.Property(r => r.Chair).HasMaxLength(200);
            review.Property(r => r.Author).HasMaxLength(200);
            review.Property(r => r.DecisionReason).HasMaxLength(2000);
            review.Property(r => r.Version).IsXminRowVersion();
            review.Ignore(r => r.CurrentHold);
            review.HasMany(r => r.Agencies).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
            review.HasMany(r => r.Holds).WithOne().HasForeignKey(h => h.ReviewId).OnDelete(DeleteBehavior.Cascade);
            review.HasMany(r => r.StageChanges).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReviewAgency>(agency =>
        {
            agency.ToTable("review_agencies");
            agency.HasKey(a => new { a.ReviewId, a.AgencyId });
        });
        modelBuilder.Entity<Hold>(hold =>
        {
            hold.ToTable("holds");
            // Ids are made in code; never-generated keys let EF see a new hold as added, not changed.
            hold.Property(h => h.Id).ValueGeneratedNever();
            hold.Property(h => h.Process).HasConversion<string>().HasMaxLength(40);
            hold.Property(h => h.Reason).HasMaxLength(2000);
        });
        modelBuilder.Entity<StageChange>(change =>
        {
            change.ToTable("stage_changes");
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.What).HasMaxLength(2000);
            change.Property(c => c.RecordedBy).HasMaxLength(320);
        });
        modelBuilder.ApplyConfiguration(new ReviewDeadlineConfiguration());
        modelBuilder.ApplyConfiguration(new Panel.PanelMemberConfiguration());
        modelBuilder.ApplyConfiguration(new AgencyReports.AgencyReportConfiguration());
        modelBuilder.ApplyConfiguration(new AgencyReports.AgencyReportStepConfiguration());
        modelBuilder.ApplyConfiguration<Theme>(new ThemeConfiguration());
        modelBuilder.ApplyConfiguration<ReviewTheme>(new ThemeConfiguration());
        modelBuilder.ApplyConfiguration<LearningItem>(new LearningConfiguration());
        modelBuilder.ApplyConfiguration<LearningItemTheme>(new LearningConfiguration());
        modelBuilder.ApplyConfiguration<LearningItemAgency>(new LearningConfiguration());
        modelBuilder.ApplyConfiguration<Review>(new SearchConfiguration());
        modelBuilder.ApplyConfiguration<LearningItem>(new SearchConfiguration());
    }
}
