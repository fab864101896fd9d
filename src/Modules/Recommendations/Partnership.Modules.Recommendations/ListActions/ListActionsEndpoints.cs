using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.ViewAction;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.ListActions;

/// <summary>
/// <c>GET /api/recommendations/actions</c>: the actions the caller may see, each with its lead agency, filtered,
/// sorted and paged as "our actions" is; <c>/actions/{id}</c> one of them with its history and updates;
/// <c>/evidence/{id}</c> an evidence file, if its update is one the caller may read.
/// </summary>
internal sealed class ListActionsEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/actions", async (Guid? sourceId, string? source, Brag? status, bool? overdue, bool? dueThisMonth, string? sort, int? page, ActionsQuery query, CancellationToken cancellationToken) =>
            {
                var filter = new ActionFilter(sourceId, status, overdue ?? false, dueThisMonth ?? false, sort ?? "due", page ?? 1) { SourceText = source };
                var result = await query.RunAsync(filter, cancellationToken);
                return Results.Ok(new
                {
                    result.Total,
                    result.Page,
                    result.Pages,
                    Items = result.Rows.Select(r => new
                    {
                        r.Id,
                        Source = new { Id = r.SourceId, Reference = r.SourceReference },
                        Recommendation = r.RecommendationNumber,
                        r.Number,
                        r.Description,
                        LeadAgency = new { Id = r.LeadAgencyId, Name = r.LeadAgency },
                        r.LeadOfficer,
                        r.DueOn,
                        Status = r.Status.ToString(),
                        r.Completed,
                        r.Overdue,
                        ProposedStatus = r.Proposed?.ToString(),
                    }),
                });
            })
            .WithName("ListActions");

        moduleApi.MapGet("/actions/{id:guid}", async (Guid id, ActionDetailsQuery query, CancellationToken cancellationToken) =>
                await query.FindAsync(id, cancellationToken) is { } details ? Results.Ok(ActionJson.From(details)) : Results.NotFound())
            .WithName("ViewAction");

        moduleApi.MapGet("/evidence/{documentId:guid}", async (Guid documentId, ActionDetailsQuery query, CancellationToken cancellationToken) =>
                await query.EvidenceAsync(documentId, cancellationToken) is { } document ? DocumentDownload.Result(document) : Results.NotFound())
            .WithName("DownloadEvidence");
    }
}
