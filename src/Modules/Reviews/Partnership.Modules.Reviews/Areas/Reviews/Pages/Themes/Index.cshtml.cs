using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>The partnership's themes; the business team adds, renames, retires and reinstates them from here.</summary>
internal sealed class IndexModel(ThemeList list, ICurrentUser user) : PageModel
{
    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public bool CanEdit => user.IsInRole(Roles.BusinessTeam);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Themes = await list.AllAsync(cancellationToken);
}
