using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.SharedKernel.Access;

namespace Partnership.Host.Platform.Agencies;

internal sealed class AgencyDirectory(PlatformDbContext db) : IAgencyDirectory
{
    public async Task<IReadOnlyList<AgencySummary>> AllAsync(CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new AgencySummary(a.Id, a.Name, a.Type, a.IsActive))
            .ToListAsync(cancellationToken);
}
