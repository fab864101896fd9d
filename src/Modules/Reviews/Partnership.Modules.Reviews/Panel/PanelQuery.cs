using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Panel;

internal sealed record PanelRow(PanelMember Member, string? AgencyName);

/// <summary>A review's panel, current members first, for whoever may read the review.</summary>
internal sealed class PanelQuery(ReviewsDbContext db, IAgencyDirectory agencies)
{
    /// <summary>The panel, or null when the review does not exist or the user may not read it.</summary>
    public async Task<IReadOnlyList<PanelRow>?> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        if (!await db.VisibleReviews().AnyAsync(r => r.Id == reviewId, cancellationToken))
        {
            return null;
        }
        var members = await db.Set<PanelMember>().AsNoTracking().Where(m => m.ReviewId == reviewId).ToListAsync(cancellationToken);
        var names = (await agencies.AllAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return members
            .OrderBy(m => m.RemovedOn is null ? 0 : 1)
            .ThenBy(m => m.Role)
            .ThenBy(m => m.AddedOn)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => new PanelRow(m, m.AgencyId is { } id ? names.GetValueOrDefault(id) : null))
            .ToList();
    }
}
