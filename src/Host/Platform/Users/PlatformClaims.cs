using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Partnership.Host.Platform.Users;

/// <summary>What the sign-in cookie carries about a person: who, which agency, which roles.</summary>
internal sealed class PlatformClaims(UserManager<PlatformUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser>(users, options)
{
    public const string DisplayName = "display_name";
    public const string AgencyId = "agency_id";
    public const string TwoFactorEnabled = "two_factor_enabled";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AgencyId, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        foreach (var role in user.Roles)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }
        return identity;
    }
}
