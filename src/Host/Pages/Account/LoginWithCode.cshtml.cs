using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Account;

/// <summary>The second step of sign-in for people who use an authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(Policies.SignInRateLimit)]
internal sealed class LoginWithCodeModel(SignInManager<PlatformUser> signIn, SignInAudit audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app");
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(SignInAudit.SignedIn, user.Email, user, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        await audit.RecordAsync(result.IsLockedOut ? SignInAudit.LockedOut : SignInAudit.SignInFailed, user.Email, user, cancellationToken);
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? LoginModel.NeutralFailure
            : "The code is not right. Enter the code your authenticator app shows now");
        return Page();
    }
}
