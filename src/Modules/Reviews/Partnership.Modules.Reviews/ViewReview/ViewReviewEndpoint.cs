using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.ViewReview;

/// <summary><c>GET /api/reviews/{id}</c>: one review with its clock and timeline.</summary>
internal sealed class ViewReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapGet("/{id:guid}", async (Guid id, ReviewDetailsQuery query, CancellationToken cancellationToken) =>
            await query.FindAsync(id, cancellationToken) is { } details ? Results.Ok(ReviewJson.From(details)) : Results.NotFound())
            .WithName("ViewReview");
}
