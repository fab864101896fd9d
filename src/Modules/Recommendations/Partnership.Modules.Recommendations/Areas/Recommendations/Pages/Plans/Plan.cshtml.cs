using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.ViewPlan;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Plans;

/// <summary>A plan as the business team builds it: its recommendations and their key actions, and the ways to add to it.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class PlanModel(PlanQuery query) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public PlanView Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(sourceId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }
        Plan = plan;
        return Page();
    }
}
