using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.Search;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Reviews.ListReviews;

/// <summary><c>GET /api/reviews</c>: the register the caller may read, filtered, sorted and paged as the page does.</summary>
internal sealed class ListReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapGet("", async (ReviewType? type, ReviewStage? stage, int? year, bool? overdue, string? sort, int? page, Guid? theme, Guid? agency, string? q, RegisterQuery query, CancellationToken cancellationToken) =>
            {
                var filter = new RegisterFilter(type, stage, year, overdue ?? false, sort ?? (string.IsNullOrWhiteSpace(q) ? "reference" : "relevance"), page ?? 1) { ThemeId = theme, AgencyId = agency, Search = q };
                var result = await query.RunAsync(filter, cancellationToken);
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
                        r.LateAgencyReports,
                        Attention = r.Attention is null ? null : new { r.Attention.Name, r.Attention.Due, Status = r.Attention.Status.ToString() },
                        MatchedLearning = r.Matches.Select(m => new { m.Id, m.Kind, Text = m.Headline.Replace(ReviewSearch.StartMark, "", StringComparison.Ordinal).Replace(ReviewSearch.StopMark, "", StringComparison.Ordinal) }),
                    }),
                });
            })
            .WithName("ListReviews");
}
