using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.AddToPlan;

/// <summary>An action definition that passed <see cref="ActionRules"/>: trimmed, with a known lead agency.</summary>
internal sealed record CheckedAction(string Description, Guid LeadAgencyId, string LeadOfficer, string? LeadOfficerRole, string? Evidence, string? ExpectedOutcome);

/// <summary>What a key action needs, whether it is added or changed.</summary>
internal static class ActionRules
{
    public static async Task<CheckedAction> CheckAsync(ActionDefinition input, Source source, IAgencyDirectory agencies, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var description = input.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            errors.Add("description", "Enter what the action is");
        }
        else if (description.Length > 4000)
        {
            errors.Add("description", "The action must be 4000 characters or fewer");
        }
        if (input.LeadAgencyId is not { } agencyId)
        {
            errors.Add("leadAgencyId", "Select the lead agency");
        }
        else if (!(await agencies.AllAsync(cancellationToken)).Any(a => a.Id == agencyId && a.IsActive))
        {
            errors.Add("leadAgencyId", "Select the lead agency from the list");
        }
        var officer = input.LeadOfficer?.Trim() ?? "";
        if (officer.Length == 0)
        {
            errors.Add("leadOfficer", "Enter the lead officer");
        }
        else if (officer.Length > 200)
        {
            errors.Add("leadOfficer", "The lead officer must be 200 characters or fewer");
        }
        if (input.LeadOfficerRole?.Trim().Length > 200)
        {
            errors.Add("leadOfficerRole", "The lead officer's role must be 200 characters or fewer");
        }
        if (input.Evidence?.Trim().Length > 4000)
        {
            errors.Add("evidence", "The evidence must be 4000 characters or fewer");
        }
        if (input.ExpectedOutcome?.Trim().Length > 4000)
        {
            errors.Add("expectedOutcome", "The expected outcome must be 4000 characters or fewer");
        }
        if (input.DueOn is { } due && due < source.SourceDate)
        {
            errors.Add("dueOn", $"The due date cannot be before the source's date, {UkTime.Date(source.SourceDate)}");
        }
        errors.ThrowIfAny();
        return new CheckedAction(description, input.LeadAgencyId!.Value, officer, Blank(input.LeadOfficerRole), Blank(input.Evidence), Blank(input.ExpectedOutcome));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
