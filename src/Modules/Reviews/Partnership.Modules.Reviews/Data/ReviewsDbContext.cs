using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Reviews.Data;

internal sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "reviews";
}
