using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.BragDefinitions;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.StatusMeanings;

/// <summary>Rewords a status; the form carries the version it was read at, so a change made meanwhile is shown, not overwritten.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class EditModel(BragDefinitionList list) : PageModel
{
    [BindProperty]
    public string? Meaning { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public Brag Status { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string status, CancellationToken cancellationToken)
    {
        if (await FindAsync(status, cancellationToken) is not { } definition)
        {
            return NotFound();
        }
        (Status, Meaning, Version) = (definition.Status, definition.Meaning, definition.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string status, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await FindAsync(status, cancellationToken) is not { } definition)
        {
            return NotFound();
        }
        Status = definition.Status;
        try
        {
            await list.RewordAsync(Status, Meaning, Version, cancellationToken);
            Message = $"What {Status} means has been changed";
            return Redirect("/recommendations/brag");
        }
        catch (ValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                Array.ForEach(messages, message => ModelState.AddModelError("meaning", message));
                if (field == "version")
                {
                    // After a conflict the form shows the other person's words, and the next save is made knowing them.
                    (Meaning, Version) = (definition.Meaning, definition.Version);
                }
            }
            return Page();
        }
    }

    private async Task<BragDefinition?> FindAsync(string status, CancellationToken cancellationToken) =>
        Enum.GetValues<Brag>().Where(b => b.ToString() == status).Select(b => (Brag?)b).SingleOrDefault() is { } known
            ? await list.FindAsync(known, cancellationToken)
            : null;
}
