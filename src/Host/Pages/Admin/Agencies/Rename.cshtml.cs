using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;

namespace Partnership.Host.Pages.Admin.Agencies;

/// <summary>
/// Renames an agency. The form carries the row version it was read at, so a rename made meanwhile by
/// someone else is shown as a conflict instead of being overwritten.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class RenameModel(PlatformDbContext db) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string CurrentName { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        CurrentName = agency.Name;
        Name = agency.Name;
        Version = agency.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.FindAsync([id], cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        CurrentName = agency.Name;
        if (await AgencyName.ProblemAsync(db, Name, renaming: id, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), problem);
            return Page();
        }

        var before = agency.Name;
        db.Entry(agency).Property(a => a.Version).OriginalValue = Version;
        agency.Name = Name!.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Conflict(agency, cancellationToken);
        }
        catch (DbUpdateException exception) when (AgencyName.IsTaken(exception))
        {
            ModelState.AddModelError(nameof(Name), AgencyName.Taken);
            return Page();
        }
        Message = $"{before} has been renamed {agency.Name}";
        return Redirect("/admin/agencies");
    }

    private async Task<IActionResult> Conflict(Agency agency, CancellationToken cancellationToken)
    {
        await db.Entry(agency).ReloadAsync(cancellationToken);
        CurrentName = agency.Name;
        // The next save is made knowing what the other person did.
        Version = agency.Version;
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(nameof(Name),
            $"Someone else changed this agency while you were renaming it. It is now called {agency.Name}. Check the name and save again, or go back to leave it as it is.");
        return Page();
    }
}
