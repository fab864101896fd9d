using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.BragDefinitions;
using Partnership.Modules.Recommendations.ChangeAction;
using Partnership.Modules.Recommendations.CommitteeReport;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.ListActions;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.RecordProgress;
using Partnership.Modules.Recommendations.VerifyProgress;
using Partnership.Modules.Recommendations.ViewAction;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Modules;

namespace Partnership.Modules.Recommendations;

internal sealed class RecommendationsModule : IModule
{
    public string Name => "Recommendations";

    public string Title => "Recommendations";

    public string Summary => "Action plans: recommendations, key actions, BRAG status, agency progress with evidence, sign-off and the committee report.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<RecommendationsDbContext>(RecommendationsDbContext.SchemaName);
        services.AddScoped<StatusConfirmation>();
        services.AddScoped<PlanBuilder>();
        services.AddScoped<Import.PlanImporter>();
        services.AddScoped<Import.ImportDrafts>();
        services.AddScoped<ActionChanges>();
        services.AddScoped<ProgressRecorder>();
        services.AddScoped<Verification>();
        services.AddScoped<ActionsQuery>();
        services.AddScoped<ActionDetailsQuery>();
        services.AddScoped<ViewPlan.PlanQuery>();
        services.AddScoped<CommitteeReportQuery>();
        services.AddScoped<BragDefinitionList>();
    }
}
