using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>One person: who they are, their agency and roles, and what can be done with their account.</summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class PersonModel(PlatformDbContext db, ICurrentUser currentUser) : PageModel
{
    public PlatformUser Person { get; private set; } = null!;

    public Agency Agency { get; private set; } = null!;

    public bool IsYou => Person.Id == currentUser.UserId;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        Agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == person.AgencyId, cancellationToken);
        return Page();
    }
}
