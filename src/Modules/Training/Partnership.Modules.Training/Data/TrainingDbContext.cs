using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Data;

namespace Partnership.Modules.Training.Data;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options)
    : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "training";
}
