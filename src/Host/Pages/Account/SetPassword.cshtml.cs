using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Users;

namespace Partnership.Host.Pages.Account;

/// <summary>
/// Where an invitation link leads: the invited person chooses their password. The link is a password
/// reset token, which stops working once used or when a newer link is made (both change the security stamp).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(Policies.SignInRateLimit)]
internal sealed class SetPasswordModel(UserManager<PlatformUser> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool LinkWorks { get; private set; }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (person, token) = await LinkAsync();
        LinkWorks = person is not null && token is not null;
        Email = person?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (person, token) = await LinkAsync();
        if (person is null || token is null)
        {
            return Page();
        }
        LinkWorks = true;
        Email = person.Email;
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a password");
            return Page();
        }
        var result = await users.ResetPasswordAsync(person, token, Password);
        if (result.Succeeded)
        {
            return Redirect("/account/password-set");
        }
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            LinkWorks = false;
            return Page();
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(Password), Message(error));
        }
        return Page();
    }

    // The person and the token when the link is still good for an active person; otherwise nulls.
    private async Task<(PlatformUser? Person, string? Token)> LinkAsync()
    {
        var token = Invitations.DecodeToken(Token);
        if (PersonId is not { } id || token is null || await users.FindByIdAsync(id.ToString()) is not { IsActive: true } person)
        {
            return (null, null);
        }
        var valid = await users.VerifyUserTokenAsync(person, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PlatformUser>.ResetPasswordTokenPurpose, token);
        return valid ? (person, token) : (null, null);
    }

    private string Message(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"Your password must be at least {users.Options.Password.RequiredLength} characters long",
        _ => error.Description,
    };
}
