using Microsoft.EntityFrameworkCore;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.DataProtection;
using Partnership.Host.Platform.Notifications;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Data;

/// <summary>The platform's own data: agencies, people, their reporting tokens and notifications, and its audit trail.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "platform";

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<PlatformUser> Users => Set<PlatformUser>();

    public DbSet<ReportingToken> ReportingTokens => Set<ReportingToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override bool EnforcesChangeRules => false;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agency>(agency =>
        {
            agency.Property(a => a.Name).HasMaxLength(200);
            agency.Property(a => a.Type).HasMaxLength(40);
            agency.Property(a => a.Version).IsXminRowVersion();
            agency.HasIndex(a => a.Name).IsUnique();
        });
        modelBuilder.Entity<PlatformUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.Email).HasMaxLength(320);
            user.Property(u => u.NormalizedEmail).HasMaxLength(320);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Version).IsXminRowVersion();
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
            user.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ReportingToken>(token =>
        {
            token.Property(t => t.Name).HasMaxLength(100);
            token.HasIndex(t => t.Prefix);
            token.HasOne<PlatformUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.Property(n => n.Key).HasMaxLength(NoticeRules.MaxKey);
            notification.Property(n => n.Subject).HasMaxLength(NoticeRules.MaxSubject);
            notification.Property(n => n.Body).HasMaxLength(NoticeRules.MaxBody);
            notification.Property(n => n.Link).HasMaxLength(NoticeRules.MaxLink);
            notification.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
            notification.HasIndex(n => new { n.UserId, n.RaisedAt });
            notification.HasOne<PlatformUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
