using System.Collections.Frozen;
using System.Text.Json;

namespace Partnership.SharedKernel.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday, less the bank holidays shipped with the
/// product. Statutory deadlines (notification in 5 working days, rapid review in 15) count on it.
/// A date outside the years the data covers is refused, never guessed.
/// </summary>
public sealed class WorkingDaysCalendar
{
    private readonly FrozenDictionary<DateOnly, string> _bankHolidays;

    private WorkingDaysCalendar(int firstYear, int lastYear, IEnumerable<KeyValuePair<DateOnly, string>> bankHolidays)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        _bankHolidays = bankHolidays.ToFrozenDictionary();
    }

    public static WorkingDaysCalendar EnglandAndWales { get; } = LoadShippedData();

    public int FirstYear { get; }

    public int LastYear { get; }

    public bool IsBankHoliday(DateOnly date) => _bankHolidays.ContainsKey(Checked(date));

    /// <summary>The name of the bank holiday on that date, or null.</summary>
    public string? BankHolidayName(DateOnly date) => _bankHolidays.GetValueOrDefault(Checked(date));

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>; the start
    /// itself does not count. "Within 5 working days of Friday 3 May 2024" is Monday 13 May 2024,
    /// because Monday 6 May was a bank holiday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = Checked(start);
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = Checked(date.AddDays(1));
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        Checked(from);
        Checked(to);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    private DateOnly Checked(DateOnly date)
    {
        if (date.Year < FirstYear || date.Year > LastYear)
        {
            throw new CalendarOutOfRangeException(date, FirstYear, LastYear);
        }
        return date;
    }

    private static WorkingDaysCalendar LoadShippedData()
    {
        using var stream = typeof(WorkingDaysCalendar).Assembly.GetManifestResourceStream("bank-holidays-england-and-wales.json")
            ?? throw new InvalidOperationException("The bank holiday data is missing from the SharedKernel assembly.");
        var data = JsonSerializer.Deserialize<BankHolidayData>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The bank holiday data could not be read.");
        return new WorkingDaysCalendar(
            data.FirstYear,
            data.LastYear,
            data.Events.Select(e => KeyValuePair.Create(DateOnly.ParseExact(e.Date, "yyyy-MM-dd"), e.Title)));
    }

    private sealed record BankHolidayData(int FirstYear, int LastYear, IReadOnlyList<BankHoliday> Events);

    private sealed record BankHoliday(string Date, string Title);
}
