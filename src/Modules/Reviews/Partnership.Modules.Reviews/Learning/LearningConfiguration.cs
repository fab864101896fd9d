using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.SharedKernel.Data;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.Themes;

namespace Partnership.Modules.Reviews.Learning;

internal sealed class LearningConfiguration : IEntityTypeConfiguration<LearningItem>, IEntityTypeConfiguration<LearningItemTheme>, IEntityTypeConfiguration<LearningItemAgency>
{
    public void Configure(EntityTypeBuilder<LearningItem> item)
    {
        item.ToTable("learning_items");
        item.Property(l => l.Id).ValueGeneratedNever();
        item.Property(l => l.Kind).HasConversion<string>().HasMaxLength(40);
        item.Property(l => l.Text).HasMaxLength(LearningItem.MaxTextLength);
        item.Property(l => l.Version).IsXminRowVersion();
        item.HasOne<Review>().WithMany().HasForeignKey(l => l.ReviewId).OnDelete(DeleteBehavior.Cascade);
        item.HasMany(l => l.Themes).WithOne().HasForeignKey(t => t.LearningItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasMany(l => l.Agencies).WithOne().HasForeignKey(a => a.LearningItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LearningItemTheme> theme)
    {
        theme.ToTable("learning_item_themes");
        theme.HasKey(t => new { t.LearningItemId, t.ThemeId });
        theme.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LearningItemAgency> agency)
    {
        agency.ToTable("learning_item_agencies");
        agency.HasKey(a => new { a.LearningItemId, a.AgencyId });
    }
}
