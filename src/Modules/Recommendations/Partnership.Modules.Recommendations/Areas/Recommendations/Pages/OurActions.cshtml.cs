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

    /// <summary>Words from a source's reference or title, when there are too many sources to list.</summary>
    [BindProperty(Name = "source", SupportsGet = true)]
    public string? SourceText { get; set; }

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

    /// <summary>More sources than a list can usefully offer: the filter becomes a text box.</summary>
    public const int MaxListedSources = 30;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public bool ListsSources => Sources.Count <= MaxListedSources;

    /// <summary>The source filtered on when the sources are too many to list (reached from a plan's link).</summary>
    public Source? ChosenSource { get; private set; }

    public ActionPage Result { get; private set; } = new([], 0, 1, 1);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await query.SourcesAsync(MaxListedSources + 1, cancellationToken);
        if (!ListsSources && SourceId is { } sourceId)
        {
            ChosenSource = await query.SourceAsync(sourceId, cancellationToken);
        }
        Result = await query.RunAsync(new ActionFilter(SourceId, Status, Overdue, DueThisMonth, Sort, PageNumber) { SourceText = ListsSources ? null : SourceText }, cancellationToken);
    }
}
