using System.Security.Claims;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Platform.Users;

/// <summary>
/// The signed-in person, read from the request's claims. Outside a request (a job, an event handler)
/// it is the platform itself.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => accessor.HttpContext is null;

    public bool IsAuthenticated => IsSystem || Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? Email => IsSystem ? SystemUser.Instance.Email : Principal?.FindFirstValue(ClaimTypes.Name);

    public string? DisplayName => IsSystem ? SystemUser.Instance.DisplayName : Principal?.FindFirstValue(PlatformClaims.DisplayName);

    public Guid? AgencyId => Guid.TryParse(Principal?.FindFirstValue(PlatformClaims.AgencyId), out var id) ? id : null;

    public IReadOnlySet<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
}
