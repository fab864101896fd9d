using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Audits.Data;

internal sealed class AuditsDbContext(DbContextOptions<AuditsDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "audits";
}
