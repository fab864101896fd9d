namespace Partnership.SharedKernel.Calendar;

public sealed class CalendarOutOfRangeException : Exception
{
    public CalendarOutOfRangeException(DateOnly date, int firstYear, int lastYear)
        : base($"Working days cannot be counted for {date:d MMMM yyyy}: the bank holidays of England and Wales are known for {firstYear} to {lastYear} only. Add the year's bank holidays to the calendar data.")
    {
    }

    public CalendarOutOfRangeException()
    {
    }

    public CalendarOutOfRangeException(string message)
        : base(message)
    {
    }

    public CalendarOutOfRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
