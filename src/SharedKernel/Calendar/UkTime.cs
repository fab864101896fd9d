using System.Globalization;

namespace Partnership.SharedKernel.Calendar;

/// <summary>Instants as people in the UK read them: Europe/London time, GOV.UK's date style.</summary>
public static class UkTime
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    /// <summary>"22 November 2026 14:05".</summary>
    public static string DateAndTime(DateTimeOffset instant) =>
        ToLondon(instant).ToString("d MMMM yyyy HH:mm", EnglishUk);

    /// <summary>"22 November 2026".</summary>
    public static string Date(DateTimeOffset instant) =>
        ToLondon(instant).ToString("d MMMM yyyy", EnglishUk);
}
