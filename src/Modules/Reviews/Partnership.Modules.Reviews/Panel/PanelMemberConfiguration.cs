using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.SharedKernel.Data;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Panel;

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> member)
    {
        member.ToTable("panel_members");
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Position).HasMaxLength(200);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        member.Property(m => m.AddedBy).HasMaxLength(320);
        member.Property(m => m.RemovedBy).HasMaxLength(320);
        member.Property(m => m.Version).IsXminRowVersion();
        member.Ignore(m => m.IsCurrent);
        member.HasIndex(m => m.ReviewId);
        member.HasIndex(m => new { m.ReviewId, m.Role }).IsUnique()
            .HasFilter("removed_on IS NULL AND role IN ('Chair', 'Author')")
            .HasDatabaseName("ux_panel_members_current_single_role");
        member.HasOne<Review>().WithMany().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
