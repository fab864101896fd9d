using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.SharedKernel.Data;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Themes;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>, IEntityTypeConfiguration<ReviewTheme>
{
    public void Configure(EntityTypeBuilder<Theme> theme)
    {
        theme.ToTable("themes");
        theme.Property(t => t.Id).ValueGeneratedNever();
        theme.Property(t => t.Name).HasMaxLength(Theme.MaxNameLength);
        theme.Property(t => t.NormalizedName).HasMaxLength(Theme.MaxNameLength);
        theme.HasIndex(t => t.NormalizedName).IsUnique();
        theme.Property(t => t.Version).IsXminRowVersion();
    }

    public void Configure(EntityTypeBuilder<ReviewTheme> tag)
    {
        tag.ToTable("review_themes");
        tag.HasKey(t => new { t.ReviewId, t.ThemeId });
        tag.HasOne<Review>().WithMany().HasForeignKey(t => t.ReviewId).OnDelete(DeleteBehavior.Cascade);
        tag.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
