using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.Import;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Import;

/// <summary>
/// One row of an uploaded plan corrected by hand. Rows depend on those above them (an empty recommendation
/// continues the one above), so every row is checked again, and the fix is kept in the draft.
/// </summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class FixRowModel(ImportDrafts drafts) : PageModel
{
    // Bound by the fields' JSON names (binding ignores case), which are also the error summary's keys.
    [BindProperty]
    public string? Recommendation { get; set; }

    [BindProperty]
    public string? KeyAction { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? ExpectedOutcome { get; set; }

    [BindProperty]
    public string? LeadOfficer { get; set; }

    [BindProperty]
    public string? LeadAgency { get; set; }

    [BindProperty]
    public string? DueDate { get; set; }

    public CheckedDraft? Checked { get; private set; }

    public CheckedRow? Row { get; private set; }

    public PlanRow Typed(int row) => new(row, Recommendation, KeyAction, Evidence, ExpectedOutcome, LeadOfficer, LeadAgency, DueDate);

    public async Task<IActionResult> OnGetAsync(Guid draftId, int row, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft || await Show(draft, row, cancellationToken) is not { } shown)
        {
            return NotFound();
        }
        (_, Recommendation, KeyAction, Evidence, ExpectedOutcome, LeadOfficer, LeadAgency, DueDate) = Row!.Input;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, int row, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft || !draft.Fix(Typed(row)))
        {
            return NotFound();
        }
        await drafts.SaveAsync(cancellationToken);
        var shown = await Show(draft, row, cancellationToken);
        if (shown is null)
        {
            return NotFound();
        }
        if (!Row!.IsValid)
        {
            return shown;
        }
        TempData["Message"] = $"Row {row} fixed: it is ready to import.";
        return Redirect($"/recommendations/import/{draftId}");
    }

    /// <summary>The page with the row's errors beside its fields; null when the draft has no such row.</summary>
    private async Task<IActionResult?> Show(ImportDraft draft, int row, CancellationToken cancellationToken)
    {
        if (await drafts.CheckAsync(draft, cancellationToken) is not { } checkedDraft || checkedDraft.Rows.FirstOrDefault(r => r.Input.Row == row) is not { } found)
        {
            return null;
        }
        (Checked, Row) = (checkedDraft, found);
        ModelState.Clear();
        foreach (var (field, message) in found.Errors)
        {
            ModelState.AddModelError(ImportEndpoints.JsonName(field), message);
        }
        ViewData.ListErrorsInOrder([.. Enum.GetValues<PlanField>().Select(ImportEndpoints.JsonName)]);
        return Page();
    }
}
