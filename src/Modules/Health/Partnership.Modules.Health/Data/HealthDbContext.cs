using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Health.Data;

internal sealed class HealthDbContext(DbContextOptions<HealthDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "health";
}
