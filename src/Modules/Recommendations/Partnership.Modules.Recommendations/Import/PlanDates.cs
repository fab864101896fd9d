using System.Globalization;
using System.Text.RegularExpressions;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>
/// Reads a due date as real action plans write one: "Immediately" (the source's date), "October 2010"
/// (the end of that month), "Oct – end Dec 10" or "Autumn term September – December 2010" (the end of the
/// range), "Ready for 1st December 2010", "31/12/2010", an ISO date or an Excel serial number. Text without
/// a date ("On advice from legal services") reads as null, for the user to fix.
/// </summary>
internal static partial class PlanDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Read(string? text, DateOnly sourceDate)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return null;
        }
        if (value.Contains("immediate", StringComparison.OrdinalIgnoreCase))
        {
            return sourceDate;
        }
        if (DateTime.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return DateOnly.FromDateTime(iso);
        }
        if (DateTime.TryParseExact(value, ["d/M/yyyy", "d/M/yy", "d.M.yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var uk))
        {
            return DateOnly.FromDateTime(uk);
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // An Excel date: days since 30 December 1899, up to the year 2199. A year alone says no day.
            var isYear = serial is >= 1900 and <= 2199 && serial == Math.Floor(serial);
            return serial is >= 1 and < 109575 && !isYear ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;
        }
        return FromWords(value);
    }

    /// <summary>The last month named, with the year after it: its day when one comes before it, else the month's end.</summary>
    private static DateOnly? FromWords(string value)
    {
        var tokens = Token().Matches(value).Select(m => m.Value).ToList();
        var month = -1;
        var at = -1;
        for (var i = tokens.Count - 1; i >= 0 && at < 0; i--)
        {
            if (MonthOf(tokens[i]) is { } found)
            {
                month = found;
                at = i;
            }
        }
        if (at < 0)
        {
            return null;
        }
        int? year = null;
        for (var i = at + 1; i < tokens.Count && year is null; i++)
        {
            if (tokens[i].All(char.IsAsciiDigit))
            {
                var number = int.Parse(tokens[i], CultureInfo.InvariantCulture);
                year = tokens[i].Length switch
                {
                    2 => 2000 + number,
                    4 when number is >= 1900 and <= 2199 => number,
                    _ => null,
                };
            }
        }
        if (year is null)
        {
            return null;
        }
        var lastDay = DateTime.DaysInMonth(year.Value, month);
        if (at > 0 && MonthOf(tokens[at - 1]) is null && Day().Match(tokens[at - 1]) is { Success: true } dayMatch)
        {
            var day = int.Parse(dayMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            if (day is >= 1 && day <= lastDay && (dayMatch.Groups[2].Success || at < 2 || MonthOf(tokens[at - 2]) is null))
            {
                return new DateOnly(year.Value, month, day);
            }
        }
        return new DateOnly(year.Value, month, lastDay);
    }

    private static int? MonthOf(string token)
    {
        if (token.Length < 3 || !token.All(char.IsAsciiLetter))
        {
            return null;
        }
        var lower = token.ToLowerInvariant();
        var index = Array.IndexOf(Months, lower[..3]);
        if (index < 0)
        {
            return null;
        }
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        return lower.Length == 3 || full == lower || (index == 8 && lower == "sept") ? index + 1 : null;
    }

    [GeneratedRegex(@"[A-Za-z]+|\d+(?:st|nd|rd|th)?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(\d{1,2})(st|nd|rd|th)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Day();
}
