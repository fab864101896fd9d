using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.AgencyReports;

/// <summary>
/// An agency report's steps: the business team requests it, the agency's lead submits it with a file, the
/// business team accepts it or asks for changes. A stale copy is refused; nothing is saved on bad input.
/// </summary>
internal sealed class AgencyReportChanges(ReviewsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public const int MaxTextLength = 10000;

    public const string StaleMessage = "Someone else changed this report after you opened it. What you entered is still here: check the report as it is now, then save again.";

    /// <summary>
    /// Requests the report; null when the review is not there. <paramref name="dueOnUnreadable"/> is for a
    /// page whose date boxes could not be read: the other fields are still checked, and nothing is saved.
    /// </summary>
    public async Task<AgencyReport?> RequestAsync(Guid reviewId, Guid? agencyId, AgencyReportKind? kind, DateOnly? dueOn, CancellationToken cancellationToken, bool dueOnUnreadable = false)
    {
        RequireBusinessTeam();
        var review = await db.VisibleReviews().Include(r => r.Agencies).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }
        var errors = new ValidationErrors();
        if (agencyId is not { } agency)
        {
            errors.Add("agencyId", "Select the agency to ask for a report");
        }
        else if (review.Agencies.All(a => a.AgencyId != agency))
        {
            errors.Add("agencyId", "Select an agency involved in the review");
        }
        if (kind is null)
        {
            errors.Add("kind", "Select the kind of report");
        }
        else if (agencyId is { } asked && await db.Set<AgencyReport>().AnyAsync(r => r.ReviewId == reviewId && r.AgencyId == asked && r.Kind == kind, cancellationToken))
        {
            var name = (await agencies.AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == asked)?.Name ?? "The agency";
            errors.Add("kind", $"{name} has already been asked for a report of this kind ({kind.Value.DisplayName().ToLowerInvariant()}) for this review");
        }
        var opened = review.IncidentKnownOn ?? review.NotifiedOn ?? review.CommissionedOn ?? review.StartedOn;
        if (dueOnUnreadable)
        {
            errors.ThrowIfAny();
            throw new ValidationException(errors);
        }
        if (dueOn is null)
        {
            errors.Add("dueOn", "Enter the date the report is due");
        }
        else if (opened is { } start && dueOn < start)
        {
            errors.Add("dueOn", $"The due date must be on or after {UkTime.Date(start)}, when the review began");
        }
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var report = AgencyReport.Request(Guid.CreateVersion7(now), reviewId, agencyId!.Value, kind!.Value, dueOn!.Value, UkTime.Today(time), Actor, now);
        db.Set<AgencyReport>().Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    public Task<AgencyReport?> SubmitAsync(Guid reportId, uint? version, string? text, IFormFile? file, CancellationToken cancellationToken) =>
        ChangeAsync(reportId, version, async report =>
        {
            if (!db.User.IsInRole(Roles.AgencyLead) || db.User.AgencyId != report.AgencyId)
            {
                throw new AccessDeniedException($"{db.User.Email} may read but not submit this agency report; the agency's lead does.");
            }
            if (!report.IsOutstanding)
            {
                throw new ValidationException("text", $"This report was already {report.State.DisplayName().ToLowerInvariant()}: it cannot be submitted again unless changes are asked for");
            }
            var errors = new ValidationErrors();
            var summary = text?.Trim() ?? "";
            if (summary.Length == 0)
            {
                errors.Add("text", "Enter a summary of your agency's report");
            }
            else if (summary.Length > MaxTextLength)
            {
                errors.Add("text", $"The summary must be {MaxTextLength} characters or fewer");
            }
            StoredDocument? document = null;
            try
            {
                document = await DocumentUpload.ReadAsync(file, "file", db.User, time, cancellationToken);
            }
            catch (ValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    messages.ToList().ForEach(message => errors.Add(field, message));
                }
            }
            errors.ThrowIfAny();
            db.Documents.Add(document!);
            report.Submit(summary, document!.Id, document.FileName, UkTime.Today(time), Actor, time.GetUtcNow());
        }, cancellationToken);

    public Task<AgencyReport?> AcceptAsync(Guid reportId, uint? version, CancellationToken cancellationToken) =>
        ChangeAsync(reportId, version, report =>
        {
            RequireBusinessTeam();
            if (report.State != AgencyReportState.Submitted)
            {
                throw new ValidationException("version", "Only a submitted report can be accepted");
            }
            report.Accept(UkTime.Today(time), Actor, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Sends a submitted report back; <paramref name="dateUnreadable"/> as for <see cref="RequestAsync"/>.</summary>
    public Task<AgencyReport?> AskForChangesAsync(Guid reportId, uint? version, string? comment, DateOnly? resubmitBy, CancellationToken cancellationToken, bool dateUnreadable = false) =>
        ChangeAsync(reportId, version, report =>
        {
            RequireBusinessTeam();
            if (report.State != AgencyReportState.Submitted)
            {
                throw new ValidationException("comment", "Changes can be asked for only on a submitted report");
            }
            var errors = new ValidationErrors();
            var what = comment?.Trim() ?? "";
            if (what.Length == 0)
            {
                errors.Add("comment", "Enter what the agency should change");
            }
            else if (what.Length > 2000)
            {
                errors.Add("comment", "The comment must be 2000 characters or fewer");
            }
            var today = UkTime.Today(time);
            if (dateUnreadable)
            {
                errors.ThrowIfAny();
                throw new ValidationException(errors);
            }
            if (resubmitBy is null)
            {
                errors.Add("resubmitBy", "Enter the date the revised report is due");
            }
            else if (resubmitBy < today)
            {
                errors.Add("resubmitBy", "The date the revised report is due must be today or in the future");
            }
            errors.ThrowIfAny();
            report.AskForChanges(what, resubmitBy!.Value, Actor, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<AgencyReport?> ChangeAsync(Guid reportId, uint? version, Func<AgencyReport, Task> change, CancellationToken cancellationToken)
    {
        var report = await db.FindVisibleAsync<AgencyReport>(reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }
        await db.Entry(report).Collection(r => r.Steps).LoadAsync(cancellationToken);
        if (version is { } expected && expected != report.Version)
        {
            throw new ValidationException("version", StaleMessage);
        }
        await change(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
        return report;
    }

    private void RequireBusinessTeam()
    {
        if (!db.User.IsSystem && !db.User.IsInRole(Roles.BusinessTeam))
        {
            throw new AccessDeniedException($"{db.User.Email} may not decide on agency reports; the business team does.");
        }
    }

    private string Actor => db.User.Email ?? "system";
}
