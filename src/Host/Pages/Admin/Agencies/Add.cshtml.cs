using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Forms;

namespace Partnership.Host.Pages.Admin.Agencies;

[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class AddModel(PlatformDbContext db) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AgencyName.ProblemAsync(db, Name, renaming: null, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), problem);
        }
        if (Type is null || !AgencyTypes.Names.ContainsKey(Type))
        {
            ModelState.AddModelError(nameof(Type), "Select the type of agency");
        }
        if (!ModelState.IsValid)
        {
            ViewData.ListErrorsInOrder(nameof(Name), nameof(Type));
            return Page();
        }

        var agency = new Agency { Id = Guid.CreateVersion7(), Name = Name!.Trim(), Type = Type! };
        db.Agencies.Add(agency);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (AgencyName.IsTaken(exception))
        {
            ModelState.AddModelError(nameof(Name), AgencyName.Taken);
            return Page();
        }
        Message = $"{agency.Name} has been added";
        return Redirect("/admin/agencies");
    }
}
