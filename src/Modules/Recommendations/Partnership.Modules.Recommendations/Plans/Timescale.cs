namespace Partnership.Modules.Recommendations.Plans;

/// <summary>How a recommendation says when it is due: at once, within some months of its source, or by a date.</summary>
internal enum Timescale
{
    Immediately,
    WithinMonths,
    ByDate,
}

internal static class Timescales
{
    /// <summary>The due date a timescale gives, counted from the source's date; null when it cannot be worked out.</summary>
    public static DateOnly? DueOn(Timescale timescale, int? months, DateOnly? byDate, DateOnly sourceDate) => timescale switch
    {
        Timescale.Immediately => sourceDate,
        Timescale.WithinMonths when months is > 0 => sourceDate.AddMonths(months.Value),
        Timescale.ByDate => byDate,
        _ => null,
    };

    public static string Describe(Timescale timescale, int? months, DateOnly? byDate) => timescale switch
    {
        Timescale.Immediately => "Immediately",
        Timescale.WithinMonths => months == 1 ? "Within 1 month" : $"Within {months} months",
        _ => byDate is { } date ? "By " + SharedKernel.Calendar.UkTime.Date(date) : "By a date",
    };
}
