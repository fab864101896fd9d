using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Forms;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.SharedKernel;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("22", "11", "2026", 2026, 11, 22)]
    [InlineData(" 01 ", "02", "2027", 2027, 2, 1)]
    [InlineData("29", "2", "2028", 2028, 2, 29)]
    [InlineData("3", "Sept", "2026", 2026, 9, 3)]
    [InlineData("3", "march", "2026", 2026, 3, 3)]
    public void Reads_what_people_type(string day, string month, string year, int y, int m, int d)
    {
        var state = new ModelStateDictionary();

        new DateInput { Day = day, Month = month, Year = year }.Read(state, "When", "Date", "Enter a date").ShouldBe(new DateOnly(y, m, d));
        state.IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("29", "2", "2027", "When.Day", "Date must be a real date", DatePart.All)]
    [InlineData("1", "13", "2027", "When.Day", "Date must be a real date", DatePart.All)]
    [InlineData("1", "ma", "2027", "When.Day", "Date must be a real date", DatePart.All)]
    [InlineData("1", "1", "202", "When.Year", "Year must include 4 numbers", DatePart.Year)]
    [InlineData("", "1", "", "When.Day", "Date must include a day and year", DatePart.Day | DatePart.Year)]
    [InlineData("1", "", "", "When.Month", "Date must include a month and year", DatePart.Month | DatePart.Year)]
    [InlineData("", "", "", "When.Day", "Enter a date", DatePart.All)]
    public void Explains_what_is_wrong_under_the_box_to_correct_first(string day, string month, string year, string key, string message, DatePart invalid)
    {
        var state = new ModelStateDictionary();
        var input = new DateInput { Day = day, Month = month, Year = year };

        input.Read(state, "When", "Date", "Enter a date").ShouldBeNull();

        state[key].ShouldNotBeNull().Errors.Single().ErrorMessage.ShouldBe(message);
        input.Invalid.ShouldBe(invalid);
    }

    [Fact]
    public void An_optional_date_left_empty_is_no_date_and_no_error()
    {
        var state = new ModelStateDictionary();

        new DateInput().Read(state, "When", "Date", whenEmpty: null).ShouldBeNull();
        state.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_UK_day_starts_at_London_midnight()
    {
        UkTime.StartOfDay(new DateOnly(2026, 7, 1)).ShouldBe(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero));
        UkTime.StartOfDay(new DateOnly(2026, 12, 1)).ShouldBe(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
