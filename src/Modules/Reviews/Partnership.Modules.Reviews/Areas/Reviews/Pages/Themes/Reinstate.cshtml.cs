using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>Asks, then reinstates a theme. Themes are never deleted: reviews and learning keep the ones they have.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class ReinstateModel(ThemeList list) : PageModel
{
    public Theme Theme { get; private set; } = null!;

    [BindProperty]
    public uint? Version { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await list.FindAsync(id, cancellationToken) is not { } theme)
        {
            return NotFound();
        }
        Theme = theme;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await list.ReinstateAsync(id, Version, cancellationToken) is not { } theme)
            {
                return NotFound();
            }
            Message = $"{theme.Name} has been reinstated";
            return Redirect("/reviews/themes");
        }
        catch (ValidationException)
        {
            // The only thing that can be wrong is a stale copy; it is about the page, not a field.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, ThemeList.StaleMessage);
            return await OnGetAsync(id, cancellationToken);
        }
    }
}
