using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.ViewReview;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.AgencyReports;

/// <summary>The business team asks an agency involved in a review for its report, by a date.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class RequestModel(ReviewDetailsQuery reviews, AgencyReportChanges changes) : PageModel
{
    [BindProperty]
    public Guid? AgencyId { get; set; }

    [BindProperty]
    public AgencyReportKind? Kind { get; set; }

    [BindProperty]
    public DateInput DueOn { get; set; } = new();

    public ReviewDetails? Details { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await Show(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var due = DueOn.Read(ModelState, nameof(DueOn), "The due date", null);
        try
        {
            var report = await changes.RequestAsync(id, AgencyId, Kind, due, cancellationToken, dueOnUnreadable: !ModelState.IsValid);
            return report is null ? NotFound() : Redirect($"/reviews/agency-reports/{report.Id}");
        }
        catch (ValidationException invalid)
        {
            // A date's message belongs to its boxes, where the date input shows it.
            foreach (var (field, messages) in invalid.Errors)
            {
                messages.ToList().ForEach(message =>
                {
                    if (field == "dueOn")
                    {
                        DueOn.Fail(ModelState, nameof(DueOn), message);
                    }
                    else
                    {
                        ModelState.AddModelError(field, message);
                    }
                });
            }
        }
        return await Show(id, cancellationToken);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        Details = await reviews.FindAsync(id, cancellationToken);
        ViewData["ErrorOrder"] = new[] { "agencyId", "kind", nameof(DueOn) };
        return Details is null ? NotFound() : Page();
    }
}
