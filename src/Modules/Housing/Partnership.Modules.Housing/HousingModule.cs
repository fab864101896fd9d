using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Housing.Data;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Housing;

internal sealed class HousingModule : IModule
{
    public string Name => "Housing";

    public string Title => "Housing";

    public string Summary => "Supported housing for young people and care leavers: providers, contracts, inspections and safeguarding incidents.";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<HousingDbContext>(HousingDbContext.SchemaName);
}
