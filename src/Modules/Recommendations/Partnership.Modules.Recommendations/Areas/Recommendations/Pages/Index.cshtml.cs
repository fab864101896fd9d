using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.CommitteeReport;
using Partnership.Modules.Recommendations.VerifyProgress;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages;

/// <summary>The module's home: the way to each screen, and for those who see every agency the plans by source.</summary>
internal sealed class IndexModel(CommitteeReportQuery reports, Verification verification, ICurrentUser user) : PageModel
{
    public bool SeesAll => AccessRules.SeesAllAgencies(user);

    public bool IsBusinessTeam => user.IsInRole(Roles.BusinessTeam);

    public Report? Report { get; private set; }

    public int Waiting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SeesAll)
        {
            Report = await reports.RunAsync(null, cancellationToken);
        }
        if (IsBusinessTeam)
        {
            Waiting = (await verification.QueueAsync(cancellationToken)).Count;
        }
    }
}
