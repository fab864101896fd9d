using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Endpoints;

namespace Partnership.Modules.Recommendations.CommitteeReport;

/// <summary><c>GET /api/recommendations/report</c> (the whole partnership, or <c>?sourceId=</c> one plan) as JSON, <c>/report.csv</c> and <c>/report.xlsx</c>.</summary>
internal sealed class CommitteeReportEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        moduleApi.MapGet("/report", async (Guid? sourceId, CommitteeReportQuery query, CancellationToken cancellationToken) =>
                await query.RunAsync(sourceId, cancellationToken) is { } report ? Results.Ok(Json(report)) : Results.NotFound())
            .WithName("CommitteeReport");
        moduleApi.MapGet("/report.csv", async (Guid? sourceId, CommitteeReportQuery query, CancellationToken cancellationToken) =>
                await query.RunAsync(sourceId, cancellationToken) is { } report
                    ? Results.File(ReportCsv.Write(report), "text/csv; charset=utf-8", FileName(report, "csv"))
                    : Results.NotFound())
            .WithName("CommitteeReportCsv");
        moduleApi.MapGet("/report.xlsx", async (Guid? sourceId, CommitteeReportQuery query, CancellationToken cancellationToken) =>
                await query.RunAsync(sourceId, cancellationToken) is { } report
                    ? Results.File(ReportWorkbook.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(report, "xlsx"))
                    : Results.NotFound())
            .WithName("CommitteeReportWorkbook");
    }

    public static string FileName(Report report, string extension) =>
        $"action-plans-{(report.Sections.Count == 1 ? report.Sections[0].Reference.ToLowerInvariant() : "partnership")}-{report.On:yyyy-MM-dd}.{extension}";

    private static object Json(Report report) => new
    {
        report.Title,
        report.On,
        Totals = Counts(report.Totals),
        Sources = report.Sections.Select(s => new
        {
            s.SourceId,
            s.Reference,
            s.Title,
            Kind = s.Kind.ToString(),
            s.SourceDate,
            Counts = Counts(s.Counts),
            AmberAndRed = s.Concerns.Select(c => new
            {
                c.Id, c.RecommendationNumber, c.Recommendation, c.Number, c.Description, c.LeadAgency, c.LeadOfficer, c.LeadOfficerRole,
                c.Evidence, c.ExpectedOutcome, c.DueOn, Status = c.Status.ToString(), c.Overdue,
                LatestUpdate = c.Latest is null ? null : new { c.Latest.ReportedOn, c.Latest.Narrative, c.Latest.Impact },
            }),
        }),
    };

    private static object Counts(StatusCounts counts) =>
        new { counts.Total, counts.Blue, counts.Green, counts.Amber, counts.Red, counts.GreenOrBlue, counts.Overdue, counts.Summary };
}
