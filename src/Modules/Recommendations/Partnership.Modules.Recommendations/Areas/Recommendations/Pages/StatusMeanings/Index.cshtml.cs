using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.BragDefinitions;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.StatusMeanings;

/// <summary>The partnership's meaning of Blue, Green, Amber and Red, for everyone; the business team changes them from here.</summary>
internal sealed class IndexModel(BragDefinitionList list, ICurrentUser user) : PageModel
{
    public IReadOnlyList<BragDefinition> Definitions { get; private set; } = [];

    public bool CanChange => user.IsInRole(Roles.BusinessTeam);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Definitions = await list.AllAsync(cancellationToken);
}
