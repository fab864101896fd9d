using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Learning;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Learning;

[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class RemoveLearningModel(ReviewLearning learning) : PageModel
{
    public LearningOfReview Review { get; private set; } = null!;

    public LearningView Item { get; private set; } = null!;

    [BindProperty]
    public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (await learning.ForReviewAsync(id, cancellationToken) is not { } review || review.Items.FirstOrDefault(i => i.Item.Id == itemId) is not { } item)
        {
            return NotFound();
        }
        (Review, Item) = (review, item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        try
        {
            return await learning.RemoveAsync(id, itemId, Version, cancellationToken) ? Redirect($"/reviews/review/{id}#learning") : NotFound();
        }
        catch (ValidationException)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, ReviewLearning.StaleMessage);
            return await OnGetAsync(id, itemId, cancellationToken);
        }
    }
}
