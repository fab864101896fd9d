using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.ListReviews;

/// <summary><c>GET /api/reviews</c>: the register the caller may read, filtered, sorted and paged as the page does.</summary>
internal sealed class ListReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapGet("", async (ReviewType? type, ReviewStage? stage, int? year, bool? overdue, string? sort, int? page, RegisterQuery query, CancellationToken cancellationToken) =>
            {
                var result = await query.RunAsync(new RegisterFilter(type, stage, year, overdue ?? false, sort ?? "reference", page ?? 1), cancellationToken);
                return Results.Ok(new
                {
                    result.Total,
                    result.Page,
                    result.Pages,
                    Items = result.Rows.Select(r => new
                    {
                        r.Id,
                        r.Reference,
                        r.Subject,
                        r.Type,
                        r.Stage,
                        r.Held,
                        r.OpenedOn,
                        Attention = r.Attention is null ? null : new { r.Attention.Name, r.Attention.Due, Status = r.Attention.Status.ToString() },
                    }),
                });
            })
            .WithName("ListReviews");
}
