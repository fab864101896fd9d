using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Recommendations.Data;

internal sealed class RecommendationsDbContext(DbContextOptions<RecommendationsDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "recommendations";
}
