using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(Policies.SignInRateLimit)]
internal sealed class LoginModel : PageModel
{
    // One message whatever went wrong, so the page never tells whether an account exists.
    public const string NeutralFailure = "Enter a correct email address and password. After several failed attempts you will have to wait 15 minutes.";

    private readonly SignInManager<PlatformUser> _signIn;
    private readonly SignInAudit _audit;

    public LoginModel(SignInManager<PlatformUser> signIn, SignInAudit audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        var user = await _signIn.UserManager.FindByEmailAsync(email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await _signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await _audit.RecordAsync(SignInAudit.SignedIn, email, user, cancellationToken);
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithCode", new { returnUrl = SafeReturnUrl() });
        }
        await _audit.RecordAsync(result.IsLockedOut ? SignInAudit.LockedOut : SignInAudit.SignInFailed, email, user, cancellationToken);
        ModelState.AddModelError(nameof(Email), NeutralFailure);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
