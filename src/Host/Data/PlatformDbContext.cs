using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Data;

/// <summary>The platform's own data: identity, agencies, notifications and the audit trail live here.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "platform";
}
