using System.Security.Claims;
using Partnership.Host.Pages;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Platform.Security;

/// <summary>
/// Where configuration requires an authenticator app for a role, a member of that role who has not set
/// one up can do nothing else until they have.
/// </summary>
internal static class TwoFactorEnrolment
{
    public const string SetUpPath = "/account/two-factor";

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var security = context.RequestServices.GetRequiredService<SecurityOptions>();
            var user = context.User;
            var mustEnrol = user.Identity?.IsAuthenticated == true
                && user.FindFirstValue(PlatformClaims.TwoFactorEnabled) != "true"
                && security.RequireTwoFactorForRoles.Any(user.IsInRole);
            var path = context.Request.Path;
            var exempt = path.StartsWithSegments("/account") || path.StartsWithSegments("/health")
                || path.StartsWithSegments("/status") || path.StartsWithSegments("/error");
            if (mustEnrol && !exempt)
            {
                if (ErrorResponses.IsApiPath(path))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }
                context.Response.Redirect(SetUpPath);
                return;
            }
            await next(context);
        });
}
