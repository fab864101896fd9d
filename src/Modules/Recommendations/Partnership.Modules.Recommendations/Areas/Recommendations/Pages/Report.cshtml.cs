using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.CommitteeReport;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages;

/// <summary>The committee report, ready to print: one plan, or the whole partnership.</summary>
internal sealed class ReportModel(CommitteeReportQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SourceId { get; set; }

    public Report? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await query.RunAsync(SourceId, cancellationToken);
        return Report is null ? NotFound() : Page();
    }
}
