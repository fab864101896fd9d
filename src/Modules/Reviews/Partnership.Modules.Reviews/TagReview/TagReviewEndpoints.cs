using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.TagReview;

/// <summary><c>/api/reviews/{id}/themes</c>: a review's themes; the business team replaces them.</summary>
internal sealed class TagReviewEndpoints : IEndpoint
{
    public sealed record Tags(IReadOnlyList<Guid>? ThemeIds, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/{id:guid}/themes", async (Guid id, ReviewTagging tagging, CancellationToken cancellationToken) =>
            Answer(await tagging.FindAsync(id, cancellationToken)))
            .WithName("ListReviewThemes");
        moduleApi.MapPut("/{id:guid}/themes", async (Guid id, Tags input, ReviewTagging tagging, CancellationToken cancellationToken) =>
            Answer(await tagging.TagAsync(id, input.ThemeIds, input.Version, cancellationToken)))
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("TagReview");
    }

    private static IResult Answer(ReviewThemes? themes) => themes is null
        ? Results.NotFound()
        : Results.Ok(new { themes.ReviewId, themes.Version, Themes = themes.Themes.Select(t => new { t.Id, t.Name, t.IsRetired }) });
}
