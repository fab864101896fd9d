using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Health.Data;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Health;

internal sealed class HealthModule : IModule
{
    public string Name => "Health";

    public string Title => "Health";

    public string Summary => "The health agencies' protocols and pathways, the health risk register and health's actions in the plans.";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<HealthDbContext>(HealthDbContext.SchemaName);
}
