using Partnership.Host.Health;
using Partnership.Host.Platform.ApiDescription;
using Partnership.Host.Modules;
using Partnership.Host.Platform.Me;
using Partnership.Host.Platform.Notifications;
using Partnership.Host.Platform.Security;
using Partnership.Host.Reporting;

namespace Partnership.Host.Startup;

internal static class Pipeline
{
    public static void UsePartnershipPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseReportingFeed();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorEnrolment();
        app.MapHealthEndpoints();
        app.MapMe();
        app.MapNotifications();
        app.MapModuleEndpoints();
        app.MapApiDescription();
        app.MapRazorPages();
    }
}
