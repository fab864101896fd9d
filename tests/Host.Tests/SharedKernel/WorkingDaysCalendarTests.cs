using Partnership.SharedKernel.Calendar;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.SharedKernel;

public sealed class WorkingDaysCalendarTests
{
    private static readonly WorkingDaysCalendar Calendar = WorkingDaysCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-05-06", "Early May bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2012-06-05", "Queen's Diamond Jubilee")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2027-03-26", "Good Friday")]
    public void Knows_the_bank_holidays_of_England_and_Wales(string date, string name)
    {
        Calendar.BankHolidayName(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(name);
        Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();
    }

    [Fact]
    public void Moved_holidays_are_not_kept_on_their_usual_day()
    {
        Calendar.IsWorkingDay(new DateOnly(2020, 5, 4)).ShouldBeTrue("the early May holiday moved to VE day in 2020");
        Calendar.IsWorkingDay(new DateOnly(2022, 5, 30)).ShouldBeTrue("the spring holiday moved to 2 June in 2022");
    }

    [Fact]
    public void Notification_within_five_working_days_skips_the_weekend_and_a_bank_holiday()
    {
        // Known on Friday 3 May 2024; Monday 6 May was the early May bank holiday.
        Calendar.AddWorkingDays(new DateOnly(2024, 5, 3), 5).ShouldBe(new DateOnly(2024, 5, 13));
    }

    [Fact]
    public void A_rapid_review_within_fifteen_working_days_crosses_christmas()
    {
        // Notified Monday 16 December 2024: 25, 26 December and 1 January are not working days.
        Calendar.AddWorkingDays(new DateOnly(2024, 12, 16), 15).ShouldBe(new DateOnly(2025, 1, 9));
    }

    [Fact]
    public void Counts_working_days_between_two_dates_either_way()
    {
        Calendar.WorkingDaysBetween(new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 13)).ShouldBe(5);
        Calendar.WorkingDaysBetween(new DateOnly(2024, 5, 13), new DateOnly(2024, 5, 3)).ShouldBe(-5);
        Calendar.WorkingDaysBetween(new DateOnly(2024, 5, 4), new DateOnly(2024, 5, 5)).ShouldBe(0);
    }

    [Fact]
    public void Covers_2010_to_2030_with_eight_or_more_holidays_a_year()
    {
        Calendar.FirstYear.ShouldBe(2010);
        Calendar.LastYear.ShouldBe(2030);
        for (var year = 2010; year <= 2030; year++)
        {
            var holidays = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(day => new DateOnly(year, 1, 1).AddDays(day))
                .Count(Calendar.IsBankHoliday);
            holidays.ShouldBeGreaterThanOrEqualTo(8, $"{year} has {holidays}");
        }
    }

    [Fact]
    public void Refuses_a_year_it_has_no_data_for_with_a_clear_message()
    {
        var error = Should.Throw<CalendarOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2030, 12, 20), 15));
        error.Message.ShouldContain("2010 to 2030");
        Should.Throw<CalendarOutOfRangeException>(() => Calendar.IsWorkingDay(new DateOnly(2009, 12, 31)));
    }
}
