using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.ThematicAnalysis;

/// <summary>The reviews opened (notified, commissioned or started) from one date to another, both included.</summary>
internal sealed record AnalysisPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Last calendar year: the question the business team asks most.</summary>
    public static AnalysisPeriod LastYear(TimeProvider time)
    {
        var year = UkTime.Today(time).Year - 1;
        return new AnalysisPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>The period asked for; last year when neither date is given.</summary>
    public static AnalysisPeriod Read(DateOnly? from, DateOnly? to, TimeProvider time)
    {
        if (from is null && to is null)
        {
            return LastYear(time);
        }
        var errors = new ValidationErrors();
        if (from is null)
        {
            errors.Add("from", "Enter the date the period starts");
        }
        if (to is null)
        {
            errors.Add("to", "Enter the date the period ends");
        }
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add("to", $"The end of the period must be the same as or after {UkTime.Date(start)}");
        }
        errors.ThrowIfAny();
        return new AnalysisPeriod(from!.Value, to!.Value);
    }

    public string Describe() => $"{UkTime.Date(From)} to {UkTime.Date(To)}";
}
