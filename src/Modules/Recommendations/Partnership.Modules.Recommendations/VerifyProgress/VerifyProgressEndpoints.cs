using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.VerifyProgress;

/// <summary>The business team's queue (<c>GET /verification</c>) and its decisions on one update (<c>POST /updates/{id}/accept</c>, <c>/challenge</c>).</summary>
internal sealed class VerifyProgressEndpoints : IEndpoint
{
    public sealed record Decision(string? Comment, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var verification = moduleApi.MapGroup("").RequireAuthorization(AccessPolicies.BusinessTeam);
        verification.MapGet("/verification", async (Verification queue, CancellationToken cancellationToken) =>
                Results.Ok((await queue.QueueAsync(cancellationToken)).Select(i => new
                {
                    i.UpdateId,
                    i.Version,
                    i.ActionId,
                    i.Source,
                    i.Recommendation,
                    i.ActionNumber,
                    i.Action,
                    i.LeadAgency,
                    CurrentStatus = i.CurrentStatus.ToString(),
                    ProposedStatus = i.ProposedStatus.ToString(),
                    i.ProposedCompleted,
                    i.Narrative,
                    i.Impact,
                    i.ReportedOn,
                    i.RecordedBy,
                    i.NewerUpdate,
                    Evidence = i.Evidence.Select(e => new { e.DocumentId, e.FileName, e.Size, Download = $"/api/recommendations/evidence/{e.DocumentId}" }),
                })))
            .WithName("VerificationQueue");
        verification.MapPost("/updates/{id:guid}/accept", async (Guid id, Decision input, Verification queue, CancellationToken cancellationToken) =>
                Answer(await queue.AcceptAsync(id, input.Version, input.Comment, cancellationToken)))
            .WithName("AcceptUpdate");
        verification.MapPost("/updates/{id:guid}/challenge", async (Guid id, Decision input, Verification queue, CancellationToken cancellationToken) =>
                Answer(await queue.ChallengeAsync(id, input.Version, input.Comment, cancellationToken)))
            .WithName("ChallengeUpdate");
    }

    private static IResult Answer(ProgressUpdate? update) =>
        update is null ? Results.NotFound() : Results.Ok(new { update.Id, State = update.State.ToString(), update.VerifierComment });
}
