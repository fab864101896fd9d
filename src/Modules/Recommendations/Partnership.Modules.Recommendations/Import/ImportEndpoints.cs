using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>
/// The business team brings in an existing action plan. <c>POST /imports</c>, a multipart form with
/// <c>file</c> (.xlsx or .csv), <c>sourceId</c> and, to map columns by hand, a zero-based column for any of
/// recommendation, keyAction, evidence, expectedOutcome, leadOfficer, leadAgency and dueDate: answers with
/// the preview of every row and its errors, saving nothing. <c>POST /imports/save</c> takes the rows back,
/// corrected, and saves them all or, when any still has an error, nothing.
/// </summary>
internal sealed class ImportEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi)
    {
        var imports = moduleApi.MapGroup("/imports").RequireAuthorization(AccessPolicies.BusinessTeam);
        imports.MapPost("", async (HttpRequest request, PlanImporter importer, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    throw new ValidationException("file", "Send the action plan as a multipart form, with the file as 'file'");
                }
                var form = await request.ReadFormAsync(cancellationToken);
                var file = form.Files.GetFile("file");
                var (source, sheet) = await importer.ReadUploadAsync(Guid.TryParse(form["sourceId"], out var sourceId) ? sourceId : null, file, cancellationToken);
                var map = ColumnMap.Guess(sheet.Headers);
                var chosen = new Dictionary<PlanField, int>(map.Columns);
                var errors = new ValidationErrors();
                foreach (var field in Enum.GetValues<PlanField>())
                {
                    var name = JsonName(field);
                    if (form[name].ToString() is { Length: > 0 } value)
                    {
                        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column < sheet.Headers.Count)
                        {
                            chosen[field] = column;
                        }
                        else if (value == "none")
                        {
                            chosen.Remove(field);
                        }
                        else
                        {
                            errors.Add(name, $"Choose a column from 0 to {sheet.Headers.Count - 1}, or none");
                        }
                    }
                }
                errors.ThrowIfAny();
                map = new ColumnMap(chosen);
                var rows = await importer.CheckAsync(source, PlanPreview.Rows(sheet, map), cancellationToken);
                return Results.Ok(new
                {
                    SourceId = source.Id,
                    file!.FileName,
                    sheet.Headers,
                    Preset = ColumnMap.MatchesReviewActionPlan(sheet.Headers) ? ColumnMap.ReviewActionPlanPreset : null,
                    Columns = map.Columns.ToDictionary(c => JsonName(c.Key), c => c.Value),
                    RowCount = rows.Count,
                    RowsWithErrors = rows.Count(r => !r.IsValid),
                    Rows = rows.Select(Json),
                });
            })
            .WithName("PreviewImport");
        imports.MapPost("/save", async (SaveImport input, PlanImporter importer, CancellationToken cancellationToken) =>
            {
                var outcome = await importer.SaveAsync(input.SourceId, input.Rows ?? [], input.FileName ?? "an uploaded plan", cancellationToken);
                if (outcome is null)
                {
                    return Results.NotFound();
                }
                if (!outcome.Saved)
                {
                    var errors = new ValidationErrors();
                    if (outcome.Rows.Count == 0)
                    {
                        errors.Add("rows", "The plan has no rows to import");
                    }
                    foreach (var row in outcome.Rows.Where(r => !r.IsValid))
                    {
                        foreach (var (field, message) in row.Errors)
                        {
                            errors.Add($"row{row.Input.Row}.{JsonName(field)}", $"Row {row.Input.Row}: {message}");
                        }
                    }
                    throw new ValidationException(errors);
                }
                return Results.Ok(new { Saved = true, outcome.Recommendations, outcome.Actions });
            })
            .WithName("SaveImport");
    }

    public static string JsonName(PlanField field) => field switch
    {
        PlanField.Recommendation => "recommendation",
        PlanField.KeyAction => "keyAction",
        PlanField.Evidence => "evidence",
        PlanField.ExpectedOutcome => "expectedOutcome",
        PlanField.LeadOfficer => "leadOfficer",
        PlanField.LeadAgency => "leadAgency",
        _ => "dueDate",
    };

    private static object Json(CheckedRow row) => new
    {
        row.Input.Row,
        row.Input.Recommendation,
        row.Input.KeyAction,
        row.Input.Evidence,
        row.Input.ExpectedOutcome,
        row.Input.LeadOfficer,
        row.Input.LeadAgency,
        row.Input.DueDate,
        Continues = row.ContinuesRecommendation,
        Checked = new { Recommendation = row.RecommendationText, LeadAgency = row.AgencyId is { } id ? new { Id = id, Name = row.AgencyName } : null, LeadOfficer = row.LeadOfficer, DueOn = row.DueOn },
        Errors = row.Errors.ToDictionary(e => JsonName(e.Key), e => e.Value),
    };
}

/// <summary>The rows of a previewed plan, as corrected, to save under a source.</summary>
internal sealed record SaveImport(Guid SourceId, string? FileName, IReadOnlyList<PlanRow>? Rows);
