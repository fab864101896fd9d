using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Clock;

internal sealed class ReviewDeadlineConfiguration : IEntityTypeConfiguration<ReviewDeadline>
{
    public void Configure(EntityTypeBuilder<ReviewDeadline> deadline)
    {
        deadline.ToTable("review_deadlines");
        deadline.HasKey(d => new { d.ReviewId, d.Kind });
        deadline.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        deadline.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
