using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Admin.Users;

[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class ReactivateModel(UserManager<PlatformUser> users) : PageModel
{
    public PlatformUser Person { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        if (person.IsActive)
        {
            return Redirect($"/admin/users/{id}");
        }
        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        if (!person.IsActive)
        {
            person.IsActive = true;
            var result = await users.UpdateAsync(person);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
                return Page();
            }
            Message = person.PasswordHash is null
                ? $"{person.DisplayName} has been reactivated. They have not set a password yet: create a new invitation link for them"
                : $"{person.DisplayName} has been reactivated and can sign in again";
        }
        return Redirect($"/admin/users/{id}");
    }
}
