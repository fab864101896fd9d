using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.AddReview;

/// <summary><c>POST /api/reviews</c>: the business team opens a review.</summary>
internal sealed class AddReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapPost("", async (NewReview input, AddReviewHandler handler, CancellationToken cancellationToken) =>
            {
                var review = await handler.AddAsync(input, cancellationToken);
                return Results.Created($"/api/reviews/{review.Id}", new { review.Id, review.Reference, review.Stage });
            })
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("AddReview");
}
