using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Housing.Data;

internal sealed class HousingDbContext(DbContextOptions<HousingDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "housing";
}
