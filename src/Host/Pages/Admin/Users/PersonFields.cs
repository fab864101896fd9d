using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnership.Host.Platform.Agencies;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>
/// The fields a person has in common when invited and when edited: full name, agency and roles, with
/// the agencies that may be chosen (the active ones, and the person's own even when deactivated).
/// </summary>
internal sealed record PersonFields(string? Name, Guid? AgencyId, IReadOnlyList<string> Roles, IReadOnlyList<Agency> Agencies)
{
    public const int NameMaxLength = 200;

    public void Check(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            state.AddModelError(nameof(Name), "Enter the person's full name");
        }
        else if (Name.Trim().Length > NameMaxLength)
        {
            state.AddModelError(nameof(Name), $"The full name must be {NameMaxLength} characters or fewer");
        }
        if (AgencyId is null || Agencies.All(a => a.Id != AgencyId))
        {
            state.AddModelError(nameof(AgencyId), "Select the person's agency");
        }
        if (Roles.Count == 0 || Roles.Any(r => !SharedKernel.Users.Roles.All.Contains(r)))
        {
            state.AddModelError(nameof(Roles), "Select at least one role");
        }
    }

    /// <summary>The roles in the order of <see cref="SharedKernel.Users.Roles.All"/>, each once.</summary>
    public List<string> OrderedRoles() => [.. SharedKernel.Users.Roles.All.Where(Roles.Contains)];
}
