using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class LogoutModel(SignInManager<PlatformUser> signIn, SignInAudit audit, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = user.UserId is { } id ? await signIn.UserManager.FindByIdAsync(id.ToString()) : null;
        await signIn.SignOutAsync();
        await audit.RecordAsync(SignInAudit.SignedOut, user.Email ?? "anonymous", person, cancellationToken);
        return Redirect("/account/signed-out");
    }
}
