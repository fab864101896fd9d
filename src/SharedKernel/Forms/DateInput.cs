using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Partnership.SharedKernel.Forms;

/// <summary>
/// The three boxes of a GOV.UK date input as the person typed them. Reading it checks what GOV.UK's
/// pattern asks for and puts one message in the model state under the box to correct first
/// (<c>Field.Day</c>, <c>Field.Month</c> or <c>Field.Year</c>), so the error summary links to it.
/// </summary>
public sealed class DateInput
{
    private static readonly string[] MonthNames = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames;

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>The boxes to show in error; the partial view reads it.</summary>
    public DatePart Invalid { get; private set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput Of(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The date, or null when the boxes are empty or wrong. <paramref name="name"/> starts the messages
    /// ("Expiry date must include a month"); <paramref name="whenEmpty"/> is the message when a date is
    /// required and nothing was entered, or null when the date is optional.
    /// </summary>
    public DateOnly? Read(ModelStateDictionary modelState, string field, string name, string? whenEmpty)
    {
        if (IsEmpty)
        {
            if (whenEmpty is not null)
            {
                Fail(modelState, field, whenEmpty);
            }
            return null;
        }

        var missing = DatePart.None;
        missing |= string.IsNullOrWhiteSpace(Day) ? DatePart.Day : DatePart.None;
        missing |= string.IsNullOrWhiteSpace(Month) ? DatePart.Month : DatePart.None;
        missing |= string.IsNullOrWhiteSpace(Year) ? DatePart.Year : DatePart.None;
        if (missing != DatePart.None)
        {
            Fail(modelState, field, $"{name} must include a {Describe(missing)}", missing);
            return null;
        }

        var year = Year!.Trim();
        if (year.Length != 4 || !year.All(char.IsAsciiDigit))
        {
            Fail(modelState, field, "Year must include 4 numbers", DatePart.Year);
            return null;
        }
        if (!TryNumber(Day!, out var day) || !TryMonth(Month!, out var month)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(int.Parse(year, CultureInfo.InvariantCulture), month))
        {
            Fail(modelState, field, $"{name} must be a real date");
            return null;
        }
        return new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), month, day);
    }

    /// <summary>Records a problem with the date as a whole (in the past, too far ahead): every box in error.</summary>
    public void Fail(ModelStateDictionary modelState, string field, string message, DatePart parts = DatePart.All)
    {
        Invalid = parts;
        var first = parts.HasFlag(DatePart.Day) ? nameof(Day) : parts.HasFlag(DatePart.Month) ? nameof(Month) : nameof(Year);
        modelState.AddModelError($"{field}.{first}", message);
    }

    private static string Describe(DatePart missing)
    {
        var names = new[] { (DatePart.Day, "day"), (DatePart.Month, "month"), (DatePart.Year, "year") }
            .Where(p => missing.HasFlag(p.Item1))
            .Select(p => p.Item2)
            .ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static bool TryNumber(string text, out int value)
    {
        var trimmed = text.Trim();
        value = 0;
        return trimmed.Length is > 0 and <= 2 && trimmed.All(char.IsAsciiDigit) && int.TryParse(trimmed, CultureInfo.InvariantCulture, out value);
    }

    // GOV.UK asks services to accept month names and their abbreviations as well as numbers.
    private static bool TryMonth(string text, out int month)
    {
        if (TryNumber(text, out month))
        {
            return true;
        }
        var trimmed = text.Trim();
        var index = Array.FindIndex(MonthNames, m => m.Length > 0 && trimmed.Length >= 3
            && m.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase));
        month = index + 1;
        return index >= 0;
    }
}
