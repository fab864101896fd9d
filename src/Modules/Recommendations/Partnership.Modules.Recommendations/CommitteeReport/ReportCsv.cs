using System.Globalization;
using System.Text;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Recommendations.CommitteeReport;

/// <summary>The committee report as CSV: the counts for each source and in total, then every Amber and Red action in full.</summary>
internal static class ReportCsv
{
    public static byte[] Write(Report report)
    {
        var csv = new StringBuilder();
        Line(csv, report.Title, "Produced on " + UkTime.Date(report.On));
        csv.Append("\r\n");
        Line(csv, "Source", "Title", "Actions", "Blue", "Green", "Amber", "Red", "Green or Blue", "Overdue");
        foreach (var section in report.Sections)
        {
            Counts(csv, section.Reference, section.Title, section.Counts);
        }
        Counts(csv, "Total", "", report.Totals);
        csv.Append("\r\n");
        Line(csv, "Source", "Recommendation", "Action", "Key action", "Lead agency", "Lead officer", "Evidence", "Expected outcome", "Due", "Status", "Overdue", "Latest accepted update", "Update dated");
        foreach (var row in report.Sections.SelectMany(s => s.Concerns))
        {
            Line(csv, row.Source, row.RecommendationNumber, row.Number.ToString(CultureInfo.InvariantCulture), row.Description, row.LeadAgency,
                row.LeadOfficerRole is null ? row.LeadOfficer : $"{row.LeadOfficer}, {row.LeadOfficerRole}", row.Evidence ?? "", row.ExpectedOutcome ?? "",
                row.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Status.ToString(), row.Overdue ? "Yes" : "No",
                row.Latest?.Narrative ?? "", row.Latest?.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        }
        // A byte order mark, so Excel reads the file as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Counts(StringBuilder csv, string reference, string title, StatusCounts counts) =>
        Line(csv, [reference, title, .. new[] { counts.Total, counts.Blue, counts.Green, counts.Amber, counts.Red, counts.GreenOrBlue, counts.Overdue }.Select(n => n.ToString(CultureInfo.InvariantCulture))]);

    private static void Line(StringBuilder csv, params IEnumerable<string> cells)
    {
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
    }

    // Quotes what needs it, and defuses cells a spreadsheet would run as a formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
