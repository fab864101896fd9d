using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Account.Tokens;

/// <summary>The signed-in person's own reporting tokens, newest first.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(PlatformDbContext db, ICurrentUser user, TimeProvider time) : PageModel
{
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    [TempData]
    public string? Revoked { get; set; }

    public string FeedAddress => $"{Request.Scheme}://{Request.Host}/odata";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var tokens = await db.ReportingTokens.AsNoTracking()
            .Where(t => t.UserId == user.UserId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        Tokens = [.. tokens.Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresOn, t.LastUsedAt, t.StatusOn(today)))];
    }
}
