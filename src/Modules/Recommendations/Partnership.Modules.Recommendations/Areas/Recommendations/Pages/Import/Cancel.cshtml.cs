using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.Import;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Import;

/// <summary>Asks before an uploaded plan, its columns and fixes are thrown away.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class CancelModel(ImportDrafts drafts) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public CheckedDraft? Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft || await drafts.CheckAsync(draft, cancellationToken) is not { } checkedDraft)
        {
            return NotFound();
        }
        Checked = checkedDraft;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }
        await drafts.CancelAsync(draft, cancellationToken);
        Message = $"The import of {draft.FileName} was cancelled: nothing was imported.";
        return Redirect($"/recommendations/import?sourceId={draft.SourceId}");
    }
}
