using Partnership.Host.Health;
using Partnership.Host.Modules;

namespace Partnership.Host.Startup;

internal static class Pipeline
{
    public static void UsePartnershipPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthEndpoints();
        app.MapModuleEndpoints();
        app.MapRazorPages();
    }
}
