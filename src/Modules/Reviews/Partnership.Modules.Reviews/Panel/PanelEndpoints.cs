using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.Panel;

/// <summary><c>/api/reviews/{id}/panel</c>: a review's panel, read by whoever reads the review, changed by the business team.</summary>
internal sealed class PanelEndpoints : IEndpoint
{
    public sealed record Removal(uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var panel = moduleApi.MapGroup("/{id:guid}/panel");
        panel.MapGet("", async (Guid id, PanelQuery query, CancellationToken cancellationToken) =>
            await query.ForReviewAsync(id, cancellationToken) is { } rows ? Results.Ok(rows.Select(Json)) : Results.NotFound())
            .WithName("ViewPanel");
        panel.MapPost("", async (Guid id, NewPanelMember input, PanelChanges changes, CancellationToken cancellationToken) =>
            await changes.AddAsync(id, input, cancellationToken) is { } member
                ? Results.Created($"/api/reviews/{id}/panel/{member.Id}", new { member.Id, member.Name, member.Role, member.AddedOn })
                : Results.NotFound())
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("AddPanelMember");
        panel.MapPost("/{memberId:guid}/removal", async (Guid id, Guid memberId, Removal removal, PanelChanges changes, CancellationToken cancellationToken) =>
            await changes.RemoveAsync(id, memberId, removal.Version, cancellationToken) is { } member
                ? Results.Ok(new { member.Id, member.Name, member.RemovedOn, member.RemovedBy })
                : Results.NotFound())
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("RemovePanelMember");
    }

    private static object Json(PanelRow row) => new
    {
        row.Member.Id,
        row.Member.Name,
        row.Member.Position,
        row.Member.AgencyId,
        Agency = row.AgencyName,
        row.Member.Role,
        Current = row.Member.IsCurrent,
        row.Member.AddedOn,
        row.Member.AddedBy,
        row.Member.RemovedOn,
        row.Member.RemovedBy,
        row.Member.Version,
    };
}
