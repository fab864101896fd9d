using System.Globalization;
using System.Text;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Downloads;

namespace Partnership.Modules.Reviews.ThematicAnalysis;

/// <summary>The analysis table as CSV: one row a theme, its reviews by type and by agency, as the screen shows them.</summary>
internal static class AnalysisCsv
{
    public static byte[] Write(AnalysisTable table)
    {
        var text = new StringBuilder();
        text.Append(Csv.Line([
            "Theme", "Retired", "Reviews", "Learning items",
            .. table.Types.Select(t => $"Reviews: {t.DisplayName()}"),
            .. table.Agencies.Select(a => $"Reviews: {a.Name}"),
        ]));
        foreach (var row in table.Rows)
        {
            text.Append(Csv.Line([
                row.Name, row.IsRetired ? "Yes" : "No", Number(row.Reviews), Number(row.LearningItems),
                .. table.Types.Select(t => Number(row.ByType.GetValueOrDefault(t))),
                .. table.Agencies.Select(a => Number(row.ByAgency.GetValueOrDefault(a.Id))),
            ]));
        }
        // The byte order mark tells Excel the file is UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string FileName(AnalysisPeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"themes-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.csv");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
