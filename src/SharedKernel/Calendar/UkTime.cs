using System.Globalization;

namespace Partnership.SharedKernel.Calendar;

/// <summary>Instants as people in the UK read them: Europe/London time, GOV.UK's date style.</summary>
public static class UkTime
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    /// <summary>The date it is now in the UK.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLondon(time.GetUtcNow()).DateTime);

    /// <summary>The instant a UK day begins (midnight in London, which is 23:00 UTC the day before in summer).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), London), TimeSpan.Zero);

    /// <summary>"22 November 2026 14:05".</summary>
    public static string DateAndTime(DateTimeOffset instant) =>
        ToLondon(instant).ToString("d MMMM yyyy HH:mm", EnglishUk);

    /// <summary>"22 November 2026".</summary>
    public static string Date(DateTimeOffset instant) =>
        ToLondon(instant).ToString("d MMMM yyyy", EnglishUk);

    /// <summary>"22 November 2026", for a date that is a date (a due date, an expiry date).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);
}
