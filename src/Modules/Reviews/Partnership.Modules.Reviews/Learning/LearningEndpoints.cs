using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.Learning;

/// <summary><c>/api/reviews/{id}/learning</c>: a review's key learning and good practice.</summary>
internal sealed class LearningEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/{id:guid}/learning", async (Guid id, ReviewLearning learning, CancellationToken cancellationToken) =>
            await learning.ForReviewAsync(id, cancellationToken) is { } found
                ? Results.Ok(found.Items.Select(Json))
                : Results.NotFound())
            .WithName("ListLearning");

        var edits = moduleApi.MapGroup("/{id:guid}/learning").RequireAuthorization(AccessPolicies.BusinessTeam);
        edits.MapPost("", async (Guid id, LearningInput input, ReviewLearning learning, CancellationToken cancellationToken) =>
                await learning.AddAsync(id, input, cancellationToken) is { } item
                    ? Results.Created($"/api/reviews/{id}/learning/{item.Id}", new { item.Id, item.Version })
                    : Results.NotFound())
            .WithName("AddLearning");
        edits.MapPut("/{itemId:guid}", async (Guid id, Guid itemId, LearningInput input, ReviewLearning learning, CancellationToken cancellationToken) =>
                await learning.ChangeAsync(id, itemId, input, cancellationToken) is { } item
                    ? Results.Ok(new { item.Id, item.Version })
                    : Results.NotFound())
            .WithName("ChangeLearning");
        edits.MapDelete("/{itemId:guid}", async (Guid id, Guid itemId, uint? version, ReviewLearning learning, CancellationToken cancellationToken) =>
                await learning.RemoveAsync(id, itemId, version, cancellationToken) ? Results.NoContent() : Results.NotFound())
            .WithName("RemoveLearning");
    }

    private static object Json(LearningView view) => new
    {
        view.Item.Id,
        view.Item.Kind,
        view.Item.Text,
        Themes = view.Themes.Select(t => new { t.Id, t.Name, t.IsRetired }),
        Agencies = view.Agencies.Select(a => new { a.Id, a.Name }),
        view.Item.RecordedAt,
        view.Item.ChangedAt,
        view.Item.Version,
    };
}
