using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.TagReview;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Learning;

/// <summary>The business team chooses a review's themes.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class TagReviewModel(ReviewTagging tagging, ThemeList themes) : PageModel
{
    [BindProperty]
    public List<Guid> ThemeIds { get; set; } = [];

    [BindProperty]
    public uint? Version { get; set; }

    public ReviewThemes Review { get; private set; } = null!;

    public IReadOnlyList<Theme> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tagging.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }
        ThemeIds = [.. review.Themes.Select(t => t.Id)];
        Version = review.Version;
        return await ShowAsync(review, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            return await tagging.TagAsync(id, ThemeIds, Version, cancellationToken) is null ? NotFound() : Redirect($"/reviews/review/{id}#themes");
        }
        catch (ValidationException invalid)
        {
            foreach (var (_, messages) in invalid.Errors)
            {
                Array.ForEach(messages, message => ModelState.AddModelError("themeIds", message));
            }
        }
        if (await tagging.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }
        Version = review.Version;
        return await ShowAsync(review, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(ReviewThemes review, CancellationToken cancellationToken)
    {
        Review = review;
        var tagged = review.Themes.Select(t => t.Id).ToHashSet();
        Choices = [.. (await themes.AllAsync(cancellationToken)).Where(t => !t.IsRetired || tagged.Contains(t.Id) || ThemeIds.Contains(t.Id)).OrderBy(t => t.Name)];
        return Page();
    }
}
