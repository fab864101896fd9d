using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Pages;

namespace Partnership.Host.Pages.Admin.Agencies;

/// <summary>The partnership's agencies by name, active or not, 50 to a page.</summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class IndexModel(PlatformDbContext db) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public Pagination Pages { get; private set; } = new(1, 1, _ => "");

    public int Total { get; private set; }

    [TempData]
    public string? Message { get; set; }

    // "page" is Razor Pages' own route value, so the number is read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Total = await db.Agencies.CountAsync(cancellationToken);
        var pageCount = Pagination.CountPages(Total);
        var current = Pagination.Clamp(pageNumber, pageCount);
        Agencies = await db.Agencies.AsNoTracking()
            .ByName()
            .Skip(Pagination.Skip(current)).Take(Pagination.PageSize)
            .ToListAsync(cancellationToken);
        Pages = new Pagination(current, pageCount, number => $"/admin/agencies?page={number}");
    }
}
