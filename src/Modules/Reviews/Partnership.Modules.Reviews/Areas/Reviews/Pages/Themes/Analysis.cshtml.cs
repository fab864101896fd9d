using Microsoft.AspNetCore.Mvc;
using Partnership.Modules.Reviews.ThematicAnalysis;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>
/// Which themes came up in the reviews of a period, by type of review and by agency, each count a link to
/// the reviews and learning behind it, and the table as CSV. Agency staff see their agency's reviews only.
/// </summary>
internal sealed class AnalysisModel(ThemeAnalysis analysis, TimeProvider time) : AnalysisForm(time)
{
    public const string Path = "/reviews/themes/analysis";

    public AnalysisTable? Table { get; private set; }

    public AnalysisPeriod LastYear { get; } = AnalysisPeriod.LastYear(time);

    public AnalysisPeriod ThisYear { get; } = new(new DateOnly(AnalysisPeriod.LastYear(time).To.Year + 1, 1, 1), new DateOnly(AnalysisPeriod.LastYear(time).To.Year + 1, 12, 31));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadPeriod() is { } period)
        {
            Table = await analysis.RunAsync(period, cancellationToken);
        }
        ViewData["ErrorOrder"] = new[] { nameof(From), nameof(To) };
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (ReadPeriod() is not { } period)
        {
            ViewData["ErrorOrder"] = new[] { nameof(From), nameof(To) };
            return Page();
        }
        return File(AnalysisCsv.Write(await analysis.RunAsync(period, cancellationToken)), "text/csv; charset=utf-8", AnalysisCsv.FileName(period));
    }

    public string DrillDown(Guid theme, Register.ReviewType? type = null, Guid? agency = null) =>
        Link(AnalysisReviewsModel.Path, Table!.Period, theme, type, agency);
}
