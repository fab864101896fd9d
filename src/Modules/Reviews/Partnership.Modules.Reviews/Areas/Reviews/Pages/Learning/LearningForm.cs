using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Learning;

/// <summary>What adding and changing a learning item share: the form's fields, the choices and the review it belongs to.</summary>
internal abstract class LearningForm(ReviewLearning learning, ThemeList themes, IAgencyDirectory directory) : PageModel
{
    [BindProperty]
    public LearningKind? Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<Guid> ThemeIds { get; set; } = [];

    [BindProperty]
    public List<Guid> AgencyIds { get; set; } = [];

    [BindProperty]
    public uint? Version { get; set; }

    public LearningOfReview Review { get; private set; } = null!;

    /// <summary>Themes in use, and retired ones the item already has.</summary>
    public IReadOnlyList<Theme> ThemeChoices { get; private set; } = [];

    public IReadOnlyList<AgencySummary> AgencyChoices { get; private set; } = [];

    protected ReviewLearning Learning => learning;

    protected LearningInput Input => new(Kind, Text, ThemeIds, AgencyIds, Version);

    /// <summary>
    /// Loads the review and the choices; false when the review is not there for this user. <paramref name="fill"/>
    /// sets the fields from what is saved before the choices are made, so they include a retired theme the item has.
    /// </summary>
    protected async Task<bool> LoadAsync(Guid reviewId, CancellationToken cancellationToken, Func<LearningOfReview, bool>? fill = null)
    {
        if (await learning.ForReviewAsync(reviewId, cancellationToken) is not { } review || fill?.Invoke(review) == false)
        {
            return false;
        }
        Review = review;
        ThemeChoices = [.. (await themes.AllAsync(cancellationToken)).Where(t => !t.IsRetired || ThemeIds.Contains(t.Id)).OrderBy(t => t.Name)];
        AgencyChoices = [.. (await directory.AllAsync(cancellationToken)).Where(a => a.IsActive || AgencyIds.Contains(a.Id)).OrderBy(a => a.Name)];
        return true;
    }

    protected async Task<IActionResult> SaveAsync(Guid reviewId, Func<Task<bool>> save, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (await save())
            {
                return Redirect($"/reviews/review/{reviewId}#learning");
            }
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                Array.ForEach(messages, message => ModelState.AddModelError(field == "version" ? "text" : field, message));
            }
        }
        ViewData["ErrorOrder"] = new[] { "kind", "text", "themeIds", "agencyIds" };
        return await LoadAsync(reviewId, cancellationToken) ? Page() : NotFound();
    }
}
