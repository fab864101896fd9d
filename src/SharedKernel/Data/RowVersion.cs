using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partnership.SharedKernel.Data;

public static class RowVersion
{
    /// <summary>
    /// Maps a <c>uint</c> property to PostgreSQL's xmin system column as an optimistic concurrency
    /// token: saving a stale copy fails with a conflict instead of overwriting someone's change.
    /// </summary>
    public static PropertyBuilder<uint> IsXminRowVersion(this PropertyBuilder<uint> property) =>
        property.HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
}
