using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Security;
using Partnership.Host.Platform.Tokens;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Account.Tokens;

/// <summary>
/// Asks, then revokes one of the person's own tokens. Someone else's token is not found: its existence
/// is not revealed.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class RevokeModel(PlatformDbContext db, ReportingTokens tokens, ICurrentUser user) : PageModel
{
    public ReportingToken Token { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnTokenAsync(id, cancellationToken) is not { } token)
        {
            return NotFound();
        }
        if (token.RevokedAt is not null)
        {
            return Redirect("/account/tokens");
        }
        Token = token;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnTokenAsync(id, cancellationToken) is not { } token)
        {
            return NotFound();
        }
        if (await tokens.RevokeAsync(user.UserId!.Value, id, cancellationToken))
        {
            TempData[nameof(IndexModel.Revoked)] = token.Name;
        }
        return Redirect("/account/tokens");
    }

    private Task<ReportingToken?> OwnTokenAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReportingTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.UserId == user.UserId, cancellationToken);
}
