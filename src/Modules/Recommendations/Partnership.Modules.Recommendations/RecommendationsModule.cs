using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.Data;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Recommendations;

internal sealed class RecommendationsModule : IModule
{
    public string Name => "Recommendations";

    public string Title => "Recommendations";

    public string Summary => "Action plans: recommendations, key actions, BRAG status, agency progress with evidence, sign-off and the committee report.";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<RecommendationsDbContext>(RecommendationsDbContext.SchemaName);
}
