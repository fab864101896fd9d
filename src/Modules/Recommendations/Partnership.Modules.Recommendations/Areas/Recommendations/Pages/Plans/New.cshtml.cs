using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.AddToPlan;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Reviews.Contracts;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Plans;

/// <summary>The business team starts a plan for a review in the register, an inspection, an audit finding or a thematic review.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class NewModel(PlanBuilder builder, IReviewCatalogue reviews) : PageModel
{
    [BindProperty]
    public SourceKind? Kind { get; set; }

    [BindProperty]
    public Guid? ReviewId { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateInput SourceDate { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<ReviewSummary> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reviews = await reviews.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Model binding's own messages are replaced by the builder's, which name the field in words.
        ModelState.Clear();
        var sourceDate = SourceDate.Read(ModelState, nameof(SourceDate), "The date of the source", whenEmpty: null);
        if (ModelState.IsValid)
        {
            try
            {
                var source = await builder.AddSourceAsync(new NewSource(Kind, ReviewId, Reference, Title, sourceDate), cancellationToken);
                Message = $"Plan started for {source.Name}";
                return Redirect($"/recommendations/plans/{source.Id}");
            }
            catch (ValidationException invalid)
            {
                ModelState.AddValidationErrors(invalid, "sourceDate", SourceDate, nameof(SourceDate));
            }
        }
        Reviews = await reviews.ListAsync(cancellationToken);
        ViewData.ListErrorsInOrder("kind", "reviewId", "reference", "title", nameof(SourceDate));
        return Page();
    }
}
