using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;

namespace Partnership.Host.Pages.Admin.Agencies;

/// <summary>
/// Asks, then deactivates. Agencies are never deleted: people and every module's records point to
/// them, and the history must keep saying whose they were.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class DeactivateModel(PlatformDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public int ActivePeople { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        if (!agency.IsActive)
        {
            return Redirect("/admin/agencies");
        }
        Agency = agency;
        ActivePeople = await db.Users.CountAsync(u => u.AgencyId == id && u.IsActive, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        if (agency.IsActive)
        {
            agency.IsActive = false;
            await db.SaveChangesAsync(cancellationToken);
            Message = $"{agency.Name} has been deactivated";
        }
        return Redirect("/admin/agencies");
    }
}
