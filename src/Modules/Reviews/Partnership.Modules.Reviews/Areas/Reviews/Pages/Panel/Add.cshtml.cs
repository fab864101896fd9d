using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Panel;
using Partnership.Modules.Reviews.ViewReview;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Panel;

/// <summary>The business team puts someone on a review's panel.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class AddModel(ReviewDetailsQuery reviews, PanelChanges changes, IAgencyDirectory directory) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Position { get; set; }

    [BindProperty]
    public Guid? AgencyId { get; set; }

    [BindProperty]
    public PanelRole? Role { get; set; }

    public ReviewDetails? Details { get; private set; }

    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await Show(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            return await changes.AddAsync(id, new NewPanelMember(Name, Position, AgencyId, Role), cancellationToken) is null
                ? NotFound()
                : Redirect($"/reviews/review/{id}#panel");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
        }
        return await Show(id, cancellationToken);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        Details = await reviews.FindAsync(id, cancellationToken);
        Agencies = (await directory.AllAsync(cancellationToken)).Where(a => a.IsActive).ToList();
        ViewData["ErrorOrder"] = new[] { "name", "position", "agencyId", "role" };
        return Details is null ? NotFound() : Page();
    }
}
