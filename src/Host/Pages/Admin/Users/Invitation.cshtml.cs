using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>
/// Shows a new invitation link once, right after it was made. Otherwise it offers a new link to someone
/// who has not set a password yet, after saying that the link they have will stop working.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class InvitationModel(UserManager<PlatformUser> users, Invitations invitations, SecurityOptions security) : PageModel
{
    public PlatformUser Person { get; private set; } = null!;

    public Invitation? Invitation { get; private set; }

    public int LinkDays => (int)security.InvitationLinkLifetime.TotalDays;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        Invitation = InvitationTempData.Take(TempData, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        if (person.PasswordHash is not null || !person.IsActive)
        {
            return Page();
        }
        var (invitation, result) = await invitations.ReissueAsync(person, cancellationToken);
        if (invitation is null)
        {
            ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }
        InvitationTempData.Keep(TempData, person.Id, invitation);
        return Redirect($"/admin/users/{person.Id}/invitation");
    }
}
