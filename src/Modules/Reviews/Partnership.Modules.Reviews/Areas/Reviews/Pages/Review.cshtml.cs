using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.MoveReview;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.ViewReview;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

/// <summary>One review: its details, statutory clock and timeline; the business team moves it on, holds and resumes it here.</summary>
internal sealed class ReviewModel(ReviewDetailsQuery query, ReviewChanges changes, ICurrentUser user) : PageModel
{
    public ReviewDetails? Details { get; private set; }

    public bool CanChange => user.IsInRole(Roles.BusinessTeam);

    public IReadOnlyList<ReviewStage> NextStages => Details is null ? [] : ReviewLifecycle.NextStages(Details.Review);

    public bool CanHold => Details is { Review: var review }
        && (!review.Type.IsCaseReview() || review.Stage >= ReviewStage.Decided)
        && review.Stage is not (ReviewStage.Published or ReviewStage.Closed);

    [BindProperty]
    public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await Show(id, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, ReviewStage to, DecisionOutcome? decision, string? reason, DateInput on, CancellationToken cancellationToken) =>
        Change(id, errors =>
        {
            var date = on.Read("on", "The date", errors);
            errors.ThrowIfAny();
            return changes.MoveAsync(id, Version, to, date, decision, reason, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostHoldAsync(Guid id, ParallelProcess? process, string? reason, DateInput heldFrom, DateInput lookAgainOn, CancellationToken cancellationToken) =>
        Change(id, errors =>
        {
            var from = heldFrom.Read("heldFrom", "The date the hold starts", errors);
            var lookAgain = lookAgainOn.Read("lookAgainOn", "The date to look again", errors);
            errors.ThrowIfAny();
            return changes.HoldAsync(id, Version, process, reason, lookAgain, from, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(Guid id, DateInput resumedOn, CancellationToken cancellationToken) =>
        Change(id, errors =>
        {
            var date = resumedOn.Read("resumedOn", "The date it resumed", errors);
            errors.ThrowIfAny();
            return changes.ResumeAsync(id, Version, date, cancellationToken);
        }, cancellationToken);

    private async Task<IActionResult> Change(Guid id, Func<ValidationErrors, Task<Review?>> change, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            return await change(new ValidationErrors()) is null ? NotFound() : Redirect($"/reviews/review/{id}");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return await Show(id, cancellationToken);
        }
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        Details = await query.FindAsync(id, cancellationToken);
        return Details is null ? NotFound() : Page();
    }
}
