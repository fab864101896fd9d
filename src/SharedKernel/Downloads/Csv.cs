namespace Partnership.SharedKernel.Downloads;

/// <summary>CSV as Excel opens it: RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a formula.</summary>
public static class Csv
{
    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
