using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Platform.Me;

/// <summary><c>GET /api/me</c>: the signed-in person, their agency and roles.</summary>
internal static class MeEndpoint
{
    public sealed record Agency(Guid Id, string Name, string Type);

    public sealed record Me(Guid Id, string Email, string Name, Agency Agency, IReadOnlyList<string> Roles);

    public static void MapMe(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", async (ICurrentUser user, PlatformDbContext db, CancellationToken cancellationToken) =>
            {
                var person = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.UserId, cancellationToken);
                var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == person.AgencyId, cancellationToken);
                return Results.Ok(new Me(person.Id, person.Email, person.DisplayName, new Agency(agency.Id, agency.Name, agency.Type), person.Roles));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Platform");
}
