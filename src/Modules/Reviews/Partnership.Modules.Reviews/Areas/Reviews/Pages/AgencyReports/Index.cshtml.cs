using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.AgencyReports;

/// <summary>
/// "Our agency reports" for an agency's staff: what their agency owes, what is late, what waits for the
/// business team. The business team and the scrutineer see every agency's.
/// </summary>
internal sealed class IndexModel(AgencyReportQueries query, ICurrentUser user, IAgencyDirectory directory) : PageModel
{
    public IReadOnlyList<AgencyReportRow> Reports { get; private set; } = [];

    public bool SeesAllAgencies => AccessRules.SeesAllAgencies(user);

    public string? AgencyName { get; private set; }

    public int Late => Reports.Count(r => r.IsLate);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reports = await query.VisibleAsync(cancellationToken);
        if (!SeesAllAgencies)
        {
            AgencyName = (await directory.AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == user.AgencyId)?.Name;
        }
    }
}
