using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Account;

/// <summary>Turns an authenticator app (TOTP) on or off for the signed-in person.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class TwoFactorModel(SignInManager<PlatformUser> signIn, SecurityOptions security) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [TempData]
    public string? Message { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    private UserManager<PlatformUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync() => await Show(await CurrentAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentAsync();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app");
            return await Show(user);
        }
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "The code is not right. Enter the code your authenticator app shows now");
            return await Show(user);
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        Message = "Your authenticator app is set up. You will need a code from it when you sign in.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        var user = await CurrentAsync();
        if (!IsRequiredFor(user))
        {
            await Users.SetTwoFactorEnabledAsync(user, false);
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            Message = "You no longer need a code from an authenticator app to sign in.";
        }
        return RedirectToPage();
    }

    private async Task<PlatformUser> CurrentAsync() =>
        await Users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in person has no account.");

    private bool IsRequiredFor(PlatformUser user) => security.RequireTwoFactorForRoles.Intersect(user.Roles).Any();

    private async Task<PageResult> Show(PlatformUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = IsRequiredFor(user);
        if (!Enabled)
        {
            var key = await Users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // A new key changes the security stamp; refresh the cookie so the session goes on.
                await Users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await Users.GetAuthenticatorKeyAsync(user);
            }
            FormattedKey = FormatKey(key!);
            AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Partnership Hub")}:{Uri.EscapeDataString(user.Email)}?secret={key}&issuer={Uri.EscapeDataString("Partnership Hub")}&digits=6";
        }
        return Page();
    }

    private static string FormatKey(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }
}
