using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.AgencyReports;

/// <summary>
/// Agency reports over JSON: <c>/api/reviews/{id}/agency-reports</c> for a review's, and
/// <c>/api/reviews/agency-reports</c> for the reports the user may see and each report's steps.
/// A submission carries its file as base64 in JSON: a cross-site form cannot send JSON, so the cookie
/// cannot be used to submit a file on someone's behalf; the page's multipart form has its antiforgery token.
/// </summary>
internal sealed class AgencyReportEndpoints : IEndpoint
{
    public sealed record Request(Guid? AgencyId, AgencyReportKind? Kind, DateOnly? DueOn);

    public sealed record Submission(string? Text, string? FileName, string? Content, uint? Version);

    public sealed record Decision(uint? Version);

    public sealed record Changes(string? Comment, DateOnly? ResubmitBy, uint? Version);

    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var review = moduleApi.MapGroup("/{id:guid}/agency-reports");
        review.MapGet("", async (Guid id, AgencyReportQueries query, CancellationToken cancellationToken) =>
            await query.ForReviewAsync(id, cancellationToken) is { } rows ? Results.Ok(rows.Select(Json)) : Results.NotFound())
            .WithName("ListReviewAgencyReports");
        review.MapPost("", async (Guid id, Request request, AgencyReportChanges changes, CancellationToken cancellationToken) =>
            await changes.RequestAsync(id, request.AgencyId, request.Kind, request.DueOn, cancellationToken) is { } report
                ? Results.Created($"/api/reviews/agency-reports/{report.Id}", new { report.Id, report.State, report.DueOn, report.Version })
                : Results.NotFound())
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("RequestAgencyReport");

        var reports = moduleApi.MapGroup("/agency-reports");
        reports.MapGet("", async (AgencyReportQueries query, CancellationToken cancellationToken) =>
            Results.Ok((await query.VisibleAsync(cancellationToken)).Select(Json)))
            .WithName("ListAgencyReports");
        reports.MapGet("/{reportId:guid}", async (Guid reportId, AgencyReportQueries query, CancellationToken cancellationToken) =>
            await query.FindAsync(reportId, cancellationToken) is { } row ? Results.Ok(Json(row)) : Results.NotFound())
            .WithName("ViewAgencyReport");
        reports.MapGet("/{reportId:guid}/documents/{documentId:guid}", DownloadAsync)
            .WithName("DownloadAgencyReportDocument");
        reports.MapPost("/{reportId:guid}/submission", async (Guid reportId, Submission submission, AgencyReportChanges changes, CancellationToken cancellationToken) =>
            Answer(await changes.SubmitAsync(reportId, submission.Version, submission.Text, Upload(submission), cancellationToken)))
            .WithName("SubmitAgencyReport");
        reports.MapPost("/{reportId:guid}/acceptance", async (Guid reportId, Decision decision, AgencyReportChanges changes, CancellationToken cancellationToken) =>
            Answer(await changes.AcceptAsync(reportId, decision.Version, cancellationToken)))
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("AcceptAgencyReport");
        reports.MapPost("/{reportId:guid}/changes", async (Guid reportId, Changes request, AgencyReportChanges changes, CancellationToken cancellationToken) =>
            Answer(await changes.AskForChangesAsync(reportId, request.Version, request.Comment, request.ResubmitBy, cancellationToken)))
            .RequireAuthorization(AccessPolicies.BusinessTeam)
            .WithName("AskForAgencyReportChanges");
    }

    /// <summary>
    /// The file of one of the report's submissions. Reading the report through the agency filter is the
    /// access check: the business team, the scrutineer and the submitting agency's staff; others get 404.
    /// </summary>
    public static async Task<IResult> DownloadAsync(Guid reportId, Guid documentId, AgencyReportQueries query, ReviewsDbContext db, CancellationToken cancellationToken)
    {
        var row = await query.FindAsync(reportId, cancellationToken);
        if (row is null || row.Report.Steps.All(s => s.DocumentId != documentId))
        {
            return Results.NotFound();
        }
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return document is null ? Results.NotFound() : DocumentDownload.Result(document);
    }

    private static FormFile? Upload(Submission submission)
    {
        if (string.IsNullOrEmpty(submission.Content))
        {
            return null;
        }
        byte[] content;
        try
        {
            content = Convert.FromBase64String(submission.Content);
        }
        catch (FormatException)
        {
            throw new ValidationException("file", "The file's content must be base64");
        }
        return new FormFile(new MemoryStream(content), 0, content.Length, "file", submission.FileName ?? "");
    }

    private static IResult Answer(AgencyReport? report) =>
        report is null ? Results.NotFound() : Results.Ok(new { report.Id, report.State, report.DueOn, report.Version });

    private static object Json(AgencyReportRow row) => new
    {
        row.Report.Id,
        row.Report.ReviewId,
        Review = row.ReviewReference,
        row.ReviewSubject,
        row.Report.AgencyId,
        Agency = row.AgencyName,
        row.Report.Kind,
        row.Report.State,
        row.Report.DueOn,
        Late = row.IsLate,
        row.Report.RequestedOn,
        row.Report.SubmittedOn,
        row.Report.AcceptedOn,
        row.Report.Text,
        row.Report.ChangesComment,
        Document = row.Report.DocumentId is { } documentId
            ? new { Id = documentId, Name = row.Report.FileName, Href = $"/api/reviews/agency-reports/{row.Report.Id}/documents/{documentId}" }
            : null,
        Steps = row.Report.Steps.OrderBy(s => s.RecordedAt).Select(s => new { s.State, s.DueOn, s.Comment, s.FileName, s.DocumentId, s.RecordedBy, s.RecordedAt }),
        row.Report.Version,
    };
}
