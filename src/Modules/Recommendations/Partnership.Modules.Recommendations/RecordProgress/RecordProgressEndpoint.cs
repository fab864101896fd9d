using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.RecordProgress;

/// <summary>
/// <c>POST /api/recommendations/actions/{id}/progress</c>, a multipart form: narrative, impact, reportedOn
/// (yyyy-MM-dd), proposedStatus, proposedCompleted, updatesSeen and any number of <c>evidence</c> files.
/// The form is read by hand: the API authenticates by cookie with SameSite=Lax or by bearer token, and it
/// answers bad input with ProblemDetails rather than an antiforgery failure.
/// </summary>
internal sealed class RecordProgressEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder moduleApi) =>
        moduleApi.MapPost("/actions/{id:guid}/progress", async (Guid id, HttpRequest request, ProgressRecorder recorder, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    throw new ValidationException("narrative", "Send the update as a multipart form, with evidence files as 'evidence'");
                }
                var form = await request.ReadFormAsync(cancellationToken);
                var errors = new ValidationErrors();
                DateOnly? reportedOn = null;
                if (form["reportedOn"].ToString() is { Length: > 0 } date)
                {
                    if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        reportedOn = parsed;
                    }
                    else
                    {
                        errors.Add("reportedOn", "The date of this update must be a real date, as yyyy-mm-dd");
                    }
                }
                Brag? proposed = null;
                if (form["proposedStatus"].ToString() is { Length: > 0 } status)
                {
                    if (Enum.TryParse<Brag>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                    {
                        proposed = parsed;
                    }
                    else
                    {
                        errors.Add("proposedStatus", "The proposed status must be Blue, Green, Amber or Red");
                    }
                }
                int? seen = int.TryParse(form["updatesSeen"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
                errors.ThrowIfAny();
                var input = new ProgressInput(form["narrative"], form["impact"], reportedOn, proposed, string.Equals(form["proposedCompleted"], "true", StringComparison.OrdinalIgnoreCase), seen);
                var update = await recorder.RecordAsync(id, input, [.. form.Files.GetFiles("evidence")], cancellationToken);
                return update is null
                    ? Results.NotFound()
                    : Results.Created($"/api/recommendations/actions/{id}", new { update.Id, update.Sequence, State = update.State.ToString(), Evidence = update.Evidence.Select(e => new { e.DocumentId, e.FileName }) });
            })
            .WithName("RecordProgress");
}
