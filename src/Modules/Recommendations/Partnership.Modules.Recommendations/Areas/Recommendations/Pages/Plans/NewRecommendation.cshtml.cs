using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.ViewPlan;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;
using TimescaleKind = Partnership.Modules.Recommendations.Plans.Timescale;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Plans;

/// <summary>The business team adds a recommendation to a plan, with the timescale its due date is worked out from.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class NewRecommendationModel(PlanBuilder builder, PlanQuery query) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool MultiAgency { get; set; } = true;

    [BindProperty]
    public TimescaleKind? Timescale { get; set; }

    /// <summary>As typed, so a number the builder refuses ("six") is shown back for correcting.</summary>
    [BindProperty]
    public string? TimescaleMonths { get; set; }

    [BindProperty]
    public DateInput TimescaleDate { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public Source Source { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        if (await query.SourceAsync(sourceId, cancellationToken) is not { } source)
        {
            return NotFound();
        }
        Source = source;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        // Model binding's own messages are replaced by the builder's, which name the field in words.
        ModelState.Clear();
        if (await query.SourceAsync(sourceId, cancellationToken) is not { } source)
        {
            return NotFound();
        }
        Source = source;
        // The date boxes are only for a timescale by a date: with another, what is in them is not read.
        var byDate = Timescale == TimescaleKind.ByDate ? TimescaleDate.Read(ModelState, nameof(TimescaleDate), "The due date", whenEmpty: null) : null;
        if (ModelState.IsValid)
        {
            try
            {
                var recommendation = await builder.AddRecommendationAsync(sourceId, new NewRecommendation(Number, Text, MultiAgency, Timescale, Months(), byDate), cancellationToken);
                if (recommendation is null)
                {
                    return NotFound();
                }
                Message = $"Recommendation {recommendation.Number} added";
                return Redirect($"/recommendations/plans/{sourceId}");
            }
            catch (ValidationException invalid)
            {
                ModelState.AddValidationErrors(invalid, "timescaleDate", TimescaleDate, nameof(TimescaleDate));
            }
        }
        ViewData.ListErrorsInOrder("number", "text", "timescale", "timescaleMonths", nameof(TimescaleDate));
        return Page();
    }

    private int? Months() =>
        int.TryParse(TimescaleMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) ? months : null;
}
