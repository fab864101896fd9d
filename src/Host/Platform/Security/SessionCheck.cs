using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnership.Host.Data;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Platform.Security;

/// <summary>
/// Checks the session cookie against the database on every request: a deactivated person, or one whose
/// security stamp changed, is signed out at once; one whose name, agency, roles or two-step setting
/// changed gets a cookie that says so. Identity's own validator does the same by rebuilding and
/// re-issuing the cookie on every request; this reads a few columns and re-issues only on a change.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var person = Guid.TryParse(principal?.FindFirstValue(claimTypes.UserIdClaimType), out var id)
            ? await services.GetRequiredService<PlatformDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == id)
                .Select(u => new { u.SecurityStamp, u.IsActive, u.DisplayName, u.AgencyId, u.TwoFactorEnabled, u.Roles })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted)
            : null;
        if (principal is null || person is null || !person.IsActive || person.SecurityStamp != principal.FindFirstValue(claimTypes.SecurityStampClaimType))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        var unchanged = principal.FindFirstValue(PlatformClaims.DisplayName) == person.DisplayName
            && principal.FindFirstValue(PlatformClaims.AgencyId) == person.AgencyId.ToString()
            && principal.FindFirstValue(PlatformClaims.TwoFactorEnabled) == (person.TwoFactorEnabled ? "true" : "false")
            && principal.FindAll(claimTypes.RoleClaimType).Select(c => c.Value).Order().SequenceEqual(person.Roles.Order());
        if (!unchanged && await services.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(id.ToString()) is { } user)
        {
            context.ReplacePrincipal(await services.GetRequiredService<SignInManager<PlatformUser>>().CreateUserPrincipalAsync(user));
            context.ShouldRenew = true;
        }
    }
}
