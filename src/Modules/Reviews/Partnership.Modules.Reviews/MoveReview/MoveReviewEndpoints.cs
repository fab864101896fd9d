using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.MoveReview;

/// <summary>The business team moves a review on, holds it for a parallel process, and resumes it.</summary>
internal sealed class MoveReviewEndpoints : IEndpoint
{
    public sealed record Move(ReviewStage Stage, DateOnly? On, DecisionOutcome? Decision, string? Reason, uint? Version);

    public sealed record PlaceOnHold(ParallelProcess? Process, string? Reason, DateOnly? LookAgainOn, DateOnly? On, uint? Version);

    public sealed record Resume(DateOnly? On, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var changes = moduleApi.MapGroup("/{id:guid}").RequireAuthorization(AccessPolicies.BusinessTeam);
        changes.MapPost("/moves", async (Guid id, Move move, ReviewChanges reviews, CancellationToken cancellationToken) =>
            Answer(await reviews.MoveAsync(id, move.Version, move.Stage, move.On, move.Decision, move.Reason, cancellationToken)));
        changes.MapPost("/holds", async (Guid id, PlaceOnHold hold, ReviewChanges reviews, CancellationToken cancellationToken) =>
            Answer(await reviews.HoldAsync(id, hold.Version, hold.Process, hold.Reason, hold.LookAgainOn, hold.On, cancellationToken)));
        changes.MapPost("/resume", async (Guid id, Resume resume, ReviewChanges reviews, CancellationToken cancellationToken) =>
            Answer(await reviews.ResumeAsync(id, resume.Version, resume.On, cancellationToken)));
    }

    private static IResult Answer(Register.Review? review) =>
        review is null ? Results.NotFound() : Results.Ok(new { review.Id, review.Stage, Held = review.CurrentHold is not null, review.Version });
}
