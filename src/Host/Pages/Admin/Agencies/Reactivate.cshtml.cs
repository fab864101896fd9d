using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;

namespace Partnership.Host.Pages.Admin.Agencies;

[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class ReactivateModel(PlatformDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        if (agency.IsActive)
        {
            return Redirect("/admin/agencies");
        }
        Agency = agency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        if (!agency.IsActive)
        {
            agency.IsActive = true;
            await db.SaveChangesAsync(cancellationToken);
            Message = $"{agency.Name} has been reactivated";
        }
        return Redirect("/admin/agencies");
    }
}
