using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.ListActions;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages;

/// <summary>An agency's actions (every agency's for those who see all), filtered by source, status, overdue and due this month.</summary>
internal sealed class OurActionsModel(ActionsQuery query, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SourceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Brag? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool DueThisMonth { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "due";

    // "page" is Razor Pages' own route value, so the number is read from the query string only.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>What was just done, such as a plan imported.</summary>
    [TempData]
    public string? Message { get; set; }

    public bool SeesAll => AccessRules.SeesAllAgencies(user);

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public ActionPage Result { get; private set; } = new([], 0, 1, 1);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await query.SourcesAsync(cancellationToken);
        Result = await query.RunAsync(new ActionFilter(SourceId, Status, Overdue, DueThisMonth, Sort, PageNumber), cancellationToken);
    }
}
