using System.Globalization;

namespace Partnership.SharedKernel.Validation;

/// <summary>
/// A date as the GOV.UK date input pattern asks for it: day, month and year in separate fields, which
/// model binding fills as <c>Name.Day</c>, <c>Name.Month</c> and <c>Name.Year</c>.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } value
        ? new DateInput { Day = value.Day.ToString(CultureInfo.InvariantCulture), Month = value.Month.ToString(CultureInfo.InvariantCulture), Year = value.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>The date, or null when the fields are empty; a real date is required when any field is filled.</summary>
    public DateOnly? Read(string field, string label, ValidationErrors errors)
    {
        if (IsEmpty)
        {
            return null;
        }
        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        errors.Add(field, $"{label} must be a real date, for example 27 3 2024");
        return null;
    }
}
