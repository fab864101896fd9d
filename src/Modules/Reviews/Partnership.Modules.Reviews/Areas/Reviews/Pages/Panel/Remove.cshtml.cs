using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Panel;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Panel;

/// <summary>Asks the business team to confirm before someone leaves a review's panel.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class RemoveModel(PanelQuery query, PanelChanges changes) : PageModel
{
    public PanelRow? Row { get; private set; }

    [BindProperty]
    public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken cancellationToken) => await Show(id, memberId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        try
        {
            return await changes.RemoveAsync(id, memberId, Version, cancellationToken) is null ? NotFound() : Redirect($"/reviews/review/{id}#panel");
        }
        catch (ValidationException invalid)
        {
            invalid.Errors.SelectMany(e => e.Value).ToList().ForEach(message => ModelState.AddModelError("", message));
        }
        return await Show(id, memberId, cancellationToken);
    }

    private async Task<IActionResult> Show(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        Row = (await query.ForReviewAsync(id, cancellationToken))?.SingleOrDefault(r => r.Member.Id == memberId);
        return Row is null ? NotFound() : Page();
    }
}
