using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>Renames a theme; the form carries the version it was read at, so a change made meanwhile is shown, not overwritten.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class RenameModel(ThemeList list) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string CurrentName { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await list.FindAsync(id, cancellationToken) is not { } theme)
        {
            return NotFound();
        }
        (CurrentName, Name, Version) = (theme.Name, theme.Name, theme.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var before = (await list.FindAsync(id, cancellationToken))?.Name;
            if (await list.RenameAsync(id, Name, Version, cancellationToken) is not { } theme)
            {
                return NotFound();
            }
            Message = $"{before} has been renamed {theme.Name}";
            return Redirect("/reviews/themes");
        }
        catch (ValidationException invalid)
        {
            if (await list.FindAsync(id, cancellationToken) is not { } theme)
            {
                return NotFound();
            }
            CurrentName = theme.Name;
            // After a conflict, the next save is made knowing what the other person did.
            Version = theme.Version;
            // A conflict is about the name the person was typing, so it shows beside it.
            foreach (var (field, messages) in invalid.Errors)
            {
                Array.ForEach(messages, message => ModelState.AddModelError(field == "version" ? "name" : field, message));
            }
            return Page();
        }
    }
}
