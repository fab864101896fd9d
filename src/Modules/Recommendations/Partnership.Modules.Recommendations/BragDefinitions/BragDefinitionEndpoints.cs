using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.BragDefinitions;

/// <summary><c>/brag-definitions</c>: the partnership's meaning of each status; the business team rewords one with <c>PUT /brag-definitions/{status}</c>.</summary>
internal sealed class BragDefinitionEndpoints : IEndpoint
{
    public sealed record Reword(string? Meaning, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var definitions = moduleApi.MapGroup("/brag-definitions");
        definitions.MapGet("", async (BragDefinitionList list, CancellationToken cancellationToken) =>
                Results.Ok((await list.AllAsync(cancellationToken)).Select(Json)))
            .WithName("ListBragDefinitions");
        definitions.MapPut("/{status}", async (Brag status, Reword input, BragDefinitionList list, CancellationToken cancellationToken) =>
                await list.RewordAsync(status, input.Meaning, input.Version, cancellationToken) is { } definition ? Results.Ok(Json(definition)) : Results.NotFound())
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("RewordBragDefinition");
    }

    private static object Json(BragDefinition definition) => new { Status = definition.Status.ToString(), definition.Meaning, definition.Version };
}
