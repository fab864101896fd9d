using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.AddToPlan;

/// <summary>The business team builds plans: <c>POST /sources</c>, <c>/sources/{id}/recommendations</c>, <c>/recommendations/{id}/actions</c>; everyone reads <c>GET /sources</c>.</summary>
internal sealed class AddToPlanEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/sources", async (RecommendationsDbContext db, CancellationToken cancellationToken) =>
                Results.Ok(await db.Sources.AsNoTracking().OrderBy(s => s.Reference)
                    .Select(s => new { s.Id, Kind = s.Kind.ToString(), s.ReviewId, s.Reference, s.Title, s.SourceDate })
                    .ToListAsync(cancellationToken)))
            .WithName("ListSources");

        var plans = moduleApi.MapGroup("").RequireAuthorization(AccessPolicies.BusinessTeam);
        plans.MapPost("/sources", async (NewSource input, PlanBuilder builder, CancellationToken cancellationToken) =>
            {
                var source = await builder.AddSourceAsync(input, cancellationToken);
                return Results.Created($"/api/recommendations/sources/{source.Id}", new { source.Id, source.Reference, source.Title, source.SourceDate });
            })
            .WithName("AddSource");
        plans.MapPost("/sources/{id:guid}/recommendations", async (Guid id, NewRecommendation input, PlanBuilder builder, CancellationToken cancellationToken) =>
                await builder.AddRecommendationAsync(id, input, cancellationToken) is { } recommendation
                    ? Results.Created($"/api/recommendations/recommendations/{recommendation.Id}", new { recommendation.Id, recommendation.Number, recommendation.DueOn })
                    : Results.NotFound())
            .WithName("AddRecommendation");
        plans.MapPost("/recommendations/{id:guid}/actions", async (Guid id, ActionDefinition input, PlanBuilder builder, CancellationToken cancellationToken) =>
                await builder.AddActionAsync(id, input, cancellationToken) is { } action
                    ? Results.Created($"/api/recommendations/actions/{action.Id}", new { action.Id, action.Number, action.DueOn, Status = action.Status.ToString(), action.Version })
                    : Results.NotFound())
            .WithName("AddAction");
    }
}
