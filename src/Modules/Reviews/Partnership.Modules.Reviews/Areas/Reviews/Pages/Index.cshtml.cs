using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.ListReviews;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

/// <summary>The review register: every review the user may read, with its stage and statutory clock.</summary>
internal sealed class IndexModel(RegisterQuery query, ICurrentUser user, AgencyReportQueries agencyReports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReviewType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "reference";

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RegisterPage Result { get; private set; } = new([], 0, 1, 1);

    public bool CanAdd => user.IsInRole(Roles.BusinessTeam);

    /// <summary>Late agency reports by review, of those the user may see.</summary>
    public IReadOnlyDictionary<Guid, int> LateAgencyReports { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await query.RunAsync(new RegisterFilter(Type, Stage, Year, Overdue, Sort, PageNumber), cancellationToken);
        LateAgencyReports = await agencyReports.LateCountsAsync([.. Result.Rows.Select(r => r.Id)], cancellationToken);
    }
}
