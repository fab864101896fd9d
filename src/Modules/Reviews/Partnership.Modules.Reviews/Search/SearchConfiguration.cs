using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Search;

/// <summary>
/// The full-text vectors PostgreSQL keeps up to date itself (stored generated columns, GIN indexed): a
/// review's reference and subject weigh more than its summary. They are shadow properties, so the
/// entities and the audit trail never carry them.
/// </summary>
internal sealed class SearchConfiguration : IEntityTypeConfiguration<Review>, IEntityTypeConfiguration<LearningItem>
{
    public const string Vector = "SearchVector";

    public const string Language = "english";

    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.Property<NpgsqlTsVector>(Vector).HasComputedColumnSql(
            "setweight(to_tsvector('english', coalesce(reference, '')), 'A') || setweight(to_tsvector('english', coalesce(subject, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')",
            stored: true);
        review.HasIndex(Vector).HasMethod("gin");
    }

    public void Configure(EntityTypeBuilder<LearningItem> item)
    {
        item.Property<NpgsqlTsVector>(Vector).HasComputedColumnSql("to_tsvector('english', text)", stored: true);
        item.HasIndex(Vector).HasMethod("gin");
    }
}
