using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Audits.Data;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Audits;

internal sealed class AuditsModule : IModule
{
    public string Name => "Audits";

    public string Title => "Audits";

    public string Summary => "The annual audit programme: case samples, graded findings and the re-audits that show whether practice improved.";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<AuditsDbContext>(AuditsDbContext.SchemaName);
}
