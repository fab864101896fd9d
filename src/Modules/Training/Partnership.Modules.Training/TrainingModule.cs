using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Training.Data;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Training;

internal sealed class TrainingModule : IModule
{
    public string Name => "Training";

    public string Title => "Training";

    public string Summary => "Multi-agency training: courses, sessions, bookings, attendance, certificates that expire and the impact of training.";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<TrainingDbContext>(TrainingDbContext.SchemaName);
}
