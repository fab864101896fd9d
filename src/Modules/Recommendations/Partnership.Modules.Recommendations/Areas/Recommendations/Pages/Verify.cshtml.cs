using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.VerifyProgress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages;

/// <summary>The business team's queue of proposed statuses: accept or challenge each, with its evidence to hand.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class VerifyModel(Verification verification) : PageModel
{
    [BindProperty]
    public Guid UpdateId { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await verification.QueueAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var decided = Decision == "challenge"
                ? await verification.ChallengeAsync(UpdateId, Version, Comment, cancellationToken)
                : await verification.AcceptAsync(UpdateId, Version, Comment, cancellationToken);
            if (decided is null)
            {
                return NotFound();
            }
            Message = Decision == "challenge" ? "Update challenged. The agency can read your comment." : $"Update accepted: the action is now {decided.ProposedStatus}.";
            return Redirect("/recommendations/verify");
        }
        catch (ValidationException invalid)
        {
            // Each message belongs to the comment box of the update it is about.
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError($"comment-{UpdateId}", message);
            }
        }
        Queue = await verification.QueueAsync(cancellationToken);
        return Page();
    }
}
