using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>
/// Asks, then deactivates a person. The new security stamp ends their session at their next request
/// and voids any invitation link; their reporting tokens stop working because their owner is inactive.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class DeactivateModel(UserManager<PlatformUser> users, ICurrentUser currentUser) : PageModel
{
    public const string NotYourself = "You cannot deactivate your own account. Ask another member of the business team.";

    public PlatformUser Person { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        if (!person.IsActive)
        {
            return Redirect($"/admin/users/{id}");
        }
        RefuseYourself();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        if (RefuseYourself())
        {
            return Page();
        }
        if (person.IsActive)
        {
            person.IsActive = false;
            var result = await users.UpdateSecurityStampAsync(person);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
                return Page();
            }
            Message = $"{person.DisplayName} has been deactivated and signed out";
        }
        return Redirect($"/admin/users/{id}");
    }

    private bool RefuseYourself()
    {
        if (Person.Id != currentUser.UserId)
        {
            return false;
        }
        ModelState.AddModelError("", NotYourself);
        return true;
    }
}
