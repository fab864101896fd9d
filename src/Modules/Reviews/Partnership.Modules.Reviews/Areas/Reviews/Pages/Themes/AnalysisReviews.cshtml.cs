using Microsoft.AspNetCore.Mvc;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.ThematicAnalysis;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>The reviews and the learning behind one count of the analysis.</summary>
internal sealed class AnalysisReviewsModel(ThemeAnalysis analysis, TimeProvider time) : AnalysisForm(time)
{
    public const string Path = "/reviews/themes/analysis/reviews";

    [BindProperty(SupportsGet = true)]
    public Guid? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    public DrillDown? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Theme is null || ReadPeriod() is not { } period)
        {
            return Redirect(AnalysisModel.Path);
        }
        Found = await analysis.DrillDownAsync(period, Theme.Value, Type, Agency, cancellationToken);
        return Found.ThemeName is null ? NotFound() : Page();
    }
}
