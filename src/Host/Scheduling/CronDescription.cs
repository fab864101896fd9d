using System.Globalization;
using System.Text.RegularExpressions;

namespace Partnership.Host.Scheduling;

/// <summary>
/// The common cron shapes in words ("Every day at 07:00"), for the jobs page. Anything less common
/// gets no words; the page shows the expression itself either way.
/// </summary>
internal static partial class CronDescription
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MON-FRI"] = "Monday to Friday",
        ["2-6"] = "Monday to Friday",
        ["MON"] = "Mondays",
        ["TUE"] = "Tuesdays",
        ["WED"] = "Wednesdays",
        ["THU"] = "Thursdays",
        ["FRI"] = "Fridays",
        ["SAT"] = "Saturdays",
        ["SUN"] = "Sundays",
    };

    public static string? Describe(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 6 or > 7 || (fields.Length == 7 && fields[6] != "*"))
        {
            return null;
        }
        var (second, minute, hour, dayOfMonth, month, dayOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        var everyDay = IsAny(dayOfMonth) && IsAny(month) && IsAny(dayOfWeek);

        if (everyDay && IsAny(minute) && IsAny(hour))
        {
            if (second == "*")
            {
                return "Every second";
            }
            if (Every(second) is { } seconds)
            {
                return $"Every {seconds} seconds";
            }
        }
        if (everyDay && second == "0" && IsAny(hour))
        {
            if (minute == "*")
            {
                return "Every minute";
            }
            if (Every(minute) is { } minutes)
            {
                return $"Every {minutes} minutes";
            }
            if (Number(minute) is { } atMinute)
            {
                return atMinute == 0 ? "Every hour, on the hour" : $"Every hour at {atMinute} minutes past";
            }
        }
        if (second != "0" || Number(minute) is not { } m || Number(hour) is not { } h || !IsAny(month))
        {
            return null;
        }
        var time = string.Create(CultureInfo.InvariantCulture, $"{h:00}:{m:00}");
        if (everyDay)
        {
            return $"Every day at {time}";
        }
        if (IsAny(dayOfMonth) && Days.TryGetValue(dayOfWeek, out var days))
        {
            return $"{days} at {time}";
        }
        if (IsAny(dayOfWeek) && Number(dayOfMonth) is { } day)
        {
            return $"On day {day} of every month at {time}";
        }
        return null;
    }

    private static bool IsAny(string field) => field is "*" or "?";

    private static int? Number(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Every(string field) =>
        Step().Match(field) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:\*|0)/(\d+)$")]
    private static partial Regex Step();
}
