using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.MoveReview;
using Partnership.Modules.Reviews.Panel;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.ViewReview;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

/// <summary>One review: its details, statutory clock and timeline; the business team moves it on, holds and resumes it here.</summary>
internal sealed class ReviewModel(ReviewDetailsQuery query, ReviewChanges changes, ReviewLearning learning, ICurrentUser user, PanelQuery panel, AgencyReportQueries agencyReports) : PageModel
{
    public ReviewDetails? Details { get; private set; }

    public PanelSection? Panel { get; private set; }

    public AgencyReportsSection? AgencyReports { get; private set; }

    public LearningOfReview? Learning { get; private set; }

    public bool CanChange => user.IsInRole(Roles.BusinessTeam);

    public IReadOnlyList<ReviewStage> NextStages => Details is null ? [] : ReviewLifecycle.NextStages(Details.Review);

    public bool CanHold => Details is { Review: var review }
        && (!review.Type.IsCaseReview() || review.Stage >= ReviewStage.Decided)
        && review.Stage is not (ReviewStage.Published or ReviewStage.Closed);

    [BindProperty]
    public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await Show(id, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, ReviewStage to, DecisionOutcome? decision, string? reason, DateInput on, CancellationToken cancellationToken) =>
        Change(id, () => on.Read(ModelState, "on", "The date", "Enter the date it happened") is { } date
            ? changes.MoveAsync(id, Version, to, date, decision, reason, cancellationToken)
            : null, "on", cancellationToken);

    public Task<IActionResult> OnPostHoldAsync(Guid id, ParallelProcess? process, string? reason, DateInput heldFrom, DateInput lookAgainOn, CancellationToken cancellationToken) =>
        Change(id, () =>
        {
            var from = heldFrom.Read(ModelState, "heldFrom", "The date the hold starts", "Enter the date the hold starts");
            var lookAgain = lookAgainOn.Read(ModelState, "lookAgainOn", "The date to look again", null);
            return ModelState.IsValid ? changes.HoldAsync(id, Version, process, reason, lookAgain, from, cancellationToken) : null;
        }, "heldFrom", cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(Guid id, DateInput resumedOn, CancellationToken cancellationToken) =>
        Change(id, () => resumedOn.Read(ModelState, "resumedOn", "The date it resumed", "Enter the date the review resumed") is { } date
            ? changes.ResumeAsync(id, Version, date, cancellationToken)
            : null, "resumedOn", cancellationToken);

    /// <summary>
    /// Runs a change whose dates were read into the model state; null means a date was wrong. The
    /// lifecycle names the date of any move "on"; here it is the date box of the form that was sent.
    /// </summary>
    private async Task<IActionResult> Change(Guid id, Func<Task<Review?>?> change, string dateField, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (change() is { } changing)
            {
                return await changing is null ? NotFound() : Redirect($"/reviews/review/{id}");
            }
        }
        catch (ValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field == "on" ? dateField : field, message);
                }
            }
        }
        return await Show(id, cancellationToken);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        Details = await query.FindAsync(id, cancellationToken);
        if (Details is null)
        {
            return NotFound();
        }
        Panel = new PanelSection(Details.Review, await panel.ForReviewAsync(id, cancellationToken) ?? [], CanChange);
        AgencyReports = new AgencyReportsSection(Details.Review, await agencyReports.ForReviewAsync(id, cancellationToken) ?? [], CanChange);
        Learning = await learning.ForReviewAsync(id, cancellationToken);
        return Page();
    }
}
