using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.Progress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.ChangeAction;

/// <summary>The business team rewords an action or sets its status, refusing a stale copy.</summary>
internal sealed class ActionChanges(RecommendationsDbContext db, IAgencyDirectory agencies, StatusConfirmation confirmation)
{
    public const string StaleMessage = "Someone else changed this action after you opened it. Your changes are shown below: check the action's current details, then save again.";

    public async Task<KeyAction?> UpdateAsync(Guid id, uint? version, ActionDefinition input, CancellationToken cancellationToken)
    {
        var action = await db.KeyActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return null;
        }
        EnsureCurrent(action, version);
        var source = await db.Sources.SingleAsync(s => s.Id == action.SourceId, cancellationToken);
        var checkedInput = await ActionRules.CheckAsync(input, source, agencies, cancellationToken);
        action.Description = checkedInput.Description;
        action.AgencyId = checkedInput.LeadAgencyId;
        action.LeadOfficer = checkedInput.LeadOfficer;
        action.LeadOfficerRole = checkedInput.LeadOfficerRole;
        action.Evidence = checkedInput.Evidence;
        action.ExpectedOutcome = checkedInput.ExpectedOutcome;
        if (input.DueOn is { } due)
        {
            action.DueOn = due;
        }
        await SaveAsync(cancellationToken);
        return action;
    }

    public async Task<KeyAction?> SetStatusAsync(Guid id, uint? version, Brag? status, bool completed, string? why, CancellationToken cancellationToken)
    {
        var action = await db.KeyActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return null;
        }
        EnsureCurrent(action, version);
        var errors = new ValidationErrors();
        if (status is null)
        {
            errors.Add("status", "Select the status");
        }
        if (string.IsNullOrWhiteSpace(why))
        {
            errors.Add("why", "Say why the status changes");
        }
        else if (why.Trim().Length > 2000)
        {
            errors.Add("why", "The reason must be 2000 characters or fewer");
        }
        errors.ThrowIfAny();
        if (status == Brag.Blue)
        {
            var accepted = await db.ProgressUpdates.Include(u => u.Evidence)
                .Where(u => u.KeyActionId == action.Id && u.State == UpdateState.Accepted)
                .ToListAsync(cancellationToken);
            if (!accepted.Any(BlueRule.IsEvidenceOfImpact))
            {
                throw new ValidationException("status", BlueRule.Refusal);
            }
        }
        await confirmation.ConfirmAsync(action, status!.Value, completed, why!.Trim(), null, cancellationToken);
        await SaveAsync(cancellationToken);
        return action;
    }

    private static void EnsureCurrent(KeyAction action, uint? version)
    {
        if (version is { } expected && expected != action.Version)
        {
            throw new ValidationException("version", StaleMessage);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
    }
}
