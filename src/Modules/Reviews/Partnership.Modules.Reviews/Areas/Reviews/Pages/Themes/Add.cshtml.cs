using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class AddModel(ThemeList list) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var theme = await list.AddAsync(Name, cancellationToken);
            Message = $"{theme.Name} has been added";
            return Redirect("/reviews/themes");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return Page();
        }
    }
}
