using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.ViewPlan;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Plans;

/// <summary>The business team adds a key action to a recommendation; left blank, its due date is the recommendation's.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class NewActionModel(PlanBuilder builder, PlanQuery query, IAgencyDirectory agencies) : PageModel
{
    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public Guid? LeadAgencyId { get; set; }

    [BindProperty]
    public string? LeadOfficer { get; set; }

    [BindProperty]
    public string? LeadOfficerRole { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? ExpectedOutcome { get; set; }

    [BindProperty]
    public DateInput DueOn { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public RecommendationInPlan Recommendation { get; private set; } = null!;

    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid recommendationId, CancellationToken cancellationToken) =>
        await LoadAsync(recommendationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid recommendationId, CancellationToken cancellationToken)
    {
        // Model binding's own messages are replaced by the builder's, which name the field in words.
        ModelState.Clear();
        if (!await LoadAsync(recommendationId, cancellationToken))
        {
            return NotFound();
        }
        var dueOn = DueOn.Read(ModelState, nameof(DueOn), "The due date", whenEmpty: null);
        if (ModelState.IsValid)
        {
            try
            {
                var action = await builder.AddActionAsync(recommendationId,
                    new ActionDefinition(Description, LeadAgencyId, LeadOfficer, LeadOfficerRole, Evidence, ExpectedOutcome, dueOn), cancellationToken);
                if (action is null)
                {
                    return NotFound();
                }
                Message = $"Action {Recommendation.Recommendation.Number}.{action.Number} added";
                return Redirect($"/recommendations/plans/{Recommendation.Source.Id}");
            }
            catch (ValidationException invalid)
            {
                ModelState.AddValidationErrors(invalid, "dueOn", DueOn, nameof(DueOn));
            }
        }
        ViewData.ListErrorsInOrder("description", "leadAgencyId", "leadOfficer", "leadOfficerRole", "evidence", "expectedOutcome", nameof(DueOn));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid recommendationId, CancellationToken cancellationToken)
    {
        if (await query.RecommendationAsync(recommendationId, cancellationToken) is not { } recommendation)
        {
            return false;
        }
        Recommendation = recommendation;
        Agencies = [.. (await agencies.AllAsync(cancellationToken)).Where(a => a.IsActive).OrderBy(a => a.Name)];
        return true;
    }
}
