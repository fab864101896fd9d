using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Tokens;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Account.Tokens;

/// <summary>
/// Creates a reporting token and shows its secret once, in the response to the form: it is never
/// stored, put in a cookie or shown again.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class NewModel(PlatformDbContext db, ReportingTokens tokens, ICurrentUser user, TimeProvider time) : PageModel
{
    public const int NameMaxLength = 100;
    public const int SuggestedDays = 90;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty(Name = nameof(ExpiresOn))]
    public DateInput ExpiresOn { get; set; } = new();

    /// <summary>Set once the token is made: the page then shows the secret instead of the form.</summary>
    public ReportingTokens.Created? Created { get; private set; }

    public string Email => user.Email ?? "";

    public string FeedAddress => $"{Request.Scheme}://{Request.Host}/odata";

    public DateOnly Today => UkTime.Today(time);

    public void OnGet() => ExpiresOn = DateInput.Of(Today.AddDays(SuggestedDays));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? "";
        var expiresOn = ExpiresOn.Read(ModelState, nameof(ExpiresOn), "Expiry date", "Enter the date the token expires");
        await CheckName(name, cancellationToken);
        CheckExpiry(expiresOn);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var owner = await db.Users.SingleAsync(u => u.Id == user.UserId, cancellationToken);
        Created = await tokens.CreateAsync(owner, name, expiresOn!.Value, secret: null, cancellationToken);
        // The secret is in this response only: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task CheckName(string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Enter a name for the token");
        }
        else if (name.Length > NameMaxLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {NameMaxLength} characters or less");
        }
        else
        {
            var today = Today;
            var activeNames = await db.ReportingTokens
                .Where(t => t.UserId == user.UserId && t.RevokedAt == null && t.ExpiresOn >= today)
                .Select(t => t.Name)
                .ToListAsync(cancellationToken);
            var taken = activeNames.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (taken)
            {
                ModelState.AddModelError(nameof(Name), "You already have an active token with this name. Choose a different name");
            }
        }
    }

    private void CheckExpiry(DateOnly? expiresOn)
    {
        if (expiresOn is not { } date)
        {
            return;
        }
        var latest = Today.AddYears(1);
        if (date < Today)
        {
            ExpiresOn.Fail(ModelState, nameof(ExpiresOn), "Expiry date must be today or in the future");
        }
        else if (date > latest)
        {
            ExpiresOn.Fail(ModelState, nameof(ExpiresOn), $"Expiry date must be no more than one year from today, on or before {UkTime.Date(latest)}");
        }
    }
}
