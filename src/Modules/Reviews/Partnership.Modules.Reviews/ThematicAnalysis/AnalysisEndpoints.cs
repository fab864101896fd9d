using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.ThematicAnalysis;

/// <summary>
/// <c>/api/reviews/themes/analysis</c>: themes across the reviews of a period (last year unless
/// <c>from</c> and <c>to</c> are given), the CSV of the same table, and the reviews behind a count.
/// </summary>
internal sealed class AnalysisEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var analysis = moduleApi.MapGroup("/themes/analysis");
        analysis.MapGet("", async (DateOnly? from, DateOnly? to, ThemeAnalysis query, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var table = await query.RunAsync(AnalysisPeriod.Read(from, to, time), cancellationToken);
                return Results.Ok(new
                {
                    table.Period.From,
                    table.Period.To,
                    table.ReviewsInPeriod,
                    Themes = table.Rows.Select(r => new
                    {
                        r.ThemeId,
                        r.Name,
                        r.IsRetired,
                        r.Reviews,
                        r.LearningItems,
                        ByType = r.ByType.Select(t => new { Type = t.Key, Reviews = t.Value }),
                        ByAgency = r.ByAgency.Select(a => new { AgencyId = a.Key, Agency = table.Agencies.Single(x => x.Id == a.Key).Name, Reviews = a.Value }),
                    }),
                });
            })
            .WithName("AnalyseThemes");
        analysis.MapGet("/csv", async (DateOnly? from, DateOnly? to, ThemeAnalysis query, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var period = AnalysisPeriod.Read(from, to, time);
                return Results.File(AnalysisCsv.Write(await query.RunAsync(period, cancellationToken)), "text/csv; charset=utf-8", AnalysisCsv.FileName(period));
            })
            .WithName("AnalyseThemesCsv");
        analysis.MapGet("/reviews", async (Guid? theme, ReviewType? type, Guid? agency, DateOnly? from, DateOnly? to, ThemeAnalysis query, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (theme is null)
                {
                    throw new ValidationException("theme", "Give the theme whose reviews you want");
                }
                var found = await query.DrillDownAsync(AnalysisPeriod.Read(from, to, time), theme.Value, type, agency, cancellationToken);
                if (found.ThemeName is null)
                {
                    return Results.NotFound();
                }
                return Results.Ok(new
                {
                    found.Period.From,
                    found.Period.To,
                    Theme = found.ThemeName,
                    found.Type,
                    Agency = found.AgencyName,
                    Reviews = found.Reviews.Select(r => new { r.Id, r.Reference, r.Subject, r.Type, r.OpenedOn, r.Tagged }),
                    Learning = found.Learning.Select(l => new { l.Id, ReviewId = l.Review.Id, l.Review.Reference, l.Kind, l.Text, l.Agencies }),
                });
            })
            .WithName("ThemeDrillDown");
    }
}
