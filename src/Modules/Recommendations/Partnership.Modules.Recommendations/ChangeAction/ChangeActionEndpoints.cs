using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.ChangeAction;

/// <summary>The business team rewords an action (<c>PUT /actions/{id}</c>) or sets its status (<c>POST /actions/{id}/status</c>).</summary>
internal sealed class ChangeActionEndpoints : IEndpoint
{
    public sealed record ChangeDefinition(string? Description, Guid? LeadAgencyId, string? LeadOfficer, string? LeadOfficerRole, string? Evidence, string? ExpectedOutcome, DateOnly? DueOn, uint? Version);

    public sealed record SetStatus(Brag? Status, bool? Completed, string? Why, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var changes = moduleApi.MapGroup("/actions/{id:guid}").RequireAuthorization(AccessPolicies.BusinessTeam);
        changes.MapPut("", async (Guid id, ChangeDefinition input, ActionChanges actions, CancellationToken cancellationToken) =>
                Answer(await actions.UpdateAsync(id, input.Version,
                    new ActionDefinition(input.Description, input.LeadAgencyId, input.LeadOfficer, input.LeadOfficerRole, input.Evidence, input.ExpectedOutcome, input.DueOn), cancellationToken)))
            .WithName("ChangeAction");
        changes.MapPost("/status", async (Guid id, SetStatus input, ActionChanges actions, CancellationToken cancellationToken) =>
                Answer(await actions.SetStatusAsync(id, input.Version, input.Status, input.Completed ?? false, input.Why, cancellationToken)))
            .WithName("SetActionStatus");
    }

    private static IResult Answer(KeyAction? action) =>
        action is null ? Results.NotFound() : Results.Ok(new { action.Id, Status = action.Status.ToString(), action.Completed, action.DueOn, action.Version });
}
