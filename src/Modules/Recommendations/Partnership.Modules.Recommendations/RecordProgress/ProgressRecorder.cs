using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.RecordProgress;

/// <summary>
/// Records the lead agency's progress on an action with its evidence files: the update, the files and
/// their links are saved in one transaction, or nothing is.
/// </summary>
internal sealed class ProgressRecorder(RecommendationsDbContext db, TimeProvider time)
{
    public const int MaxFiles = 10;

    public const string ConflictMessage = "Someone else recorded progress on this action after you opened it. Read their update below; your text is kept here, so check it and save again (select your files again too).";

    public async Task<ProgressUpdate?> RecordAsync(Guid actionId, ProgressInput input, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var action = await db.FindVisibleAsync<KeyAction>(actionId, cancellationToken);
        if (action is null)
        {
            return null;
        }
        var today = UkTime.Today(time);
        var errors = new ValidationErrors();
        var narrative = input.Narrative?.Trim() ?? "";
        if (narrative.Length == 0)
        {
            errors.Add("narrative", "Enter what has been done");
        }
        else if (narrative.Length > 4000)
        {
            errors.Add("narrative", "The progress must be 4000 characters or fewer");
        }
        if (input.Impact?.Trim().Length > 4000)
        {
            errors.Add("impact", "The impact must be 4000 characters or fewer");
        }
        if (input.ReportedOn is null)
        {
            errors.Add("reportedOn", "Enter the date of this update");
        }
        else if (input.ReportedOn > today)
        {
            errors.Add("reportedOn", "The date of this update cannot be in the future");
        }
        if (input.ProposedStatus is null)
        {
            errors.Add("proposedStatus", "Select the status you propose");
        }
        if (files.Count > MaxFiles)
        {
            errors.Add("evidence", $"Attach {MaxFiles} files or fewer");
        }
        var documents = new List<StoredDocument>();
        foreach (var file in files.Take(MaxFiles))
        {
            try
            {
                documents.Add(await DocumentUpload.ReadAsync(file, "evidence", db.User, time, cancellationToken));
            }
            catch (ValidationException refused)
            {
                foreach (var message in refused.Errors.SelectMany(e => e.Value))
                {
                    errors.Add("evidence", $"{file.FileName}: {message}");
                }
            }
        }
        errors.ThrowIfAny();

        // Updates made before a change of lead agency still count, though this agency cannot read them.
        var recorded = await db.ProgressUpdates.IgnoreQueryFilters().Where(u => u.KeyActionId == action.Id).MaxAsync(u => (int?)u.Sequence, cancellationToken) ?? 0;
        if (input.UpdatesSeen is { } seen && seen != recorded)
        {
            throw new ValidationException("version", ConflictMessage);
        }
        var now = time.GetUtcNow();
        var update = new ProgressUpdate
        {
            Id = Guid.CreateVersion7(now),
            KeyActionId = action.Id,
            AgencyId = action.AgencyId,
            Sequence = recorded + 1,
            Narrative = narrative,
            Impact = string.IsNullOrWhiteSpace(input.Impact) ? null : input.Impact.Trim(),
            ReportedOn = input.ReportedOn!.Value,
            ProposedStatus = input.ProposedStatus!.Value,
            ProposedCompleted = input.ProposedStatus == Brag.Blue || (input.ProposedStatus == Brag.Green && input.ProposedCompleted),
            State = UpdateState.AwaitingVerification,
            RecordedBy = db.User.Email ?? "system",
            RecordedAt = now,
        };
        foreach (var document in documents)
        {
            db.Documents.Add(document);
            update.Evidence.Add(new ProgressEvidence { ProgressUpdateId = update.Id, DocumentId = document.Id, AgencyId = action.AgencyId, FileName = document.FileName, Size = document.Size });
        }
        db.ProgressUpdates.Add(update);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException saving) when (saving.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ValidationException("version", ConflictMessage);
        }
        return update;
    }
}
