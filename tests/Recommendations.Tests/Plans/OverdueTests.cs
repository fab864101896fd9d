using Partnership.Modules.Recommendations.Plans;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Plans;

public sealed class OverdueTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("Red", false, -1, true)]
    [InlineData("Amber", false, -1, true)]
    [InlineData("Green", false, -1, true)]
    [InlineData("Green", true, -1, false)]
    [InlineData("Blue", true, -1, false)]
    [InlineData("Red", false, 0, false)]
    [InlineData("Amber", false, 5, false)]
    public void An_action_is_overdue_past_its_due_date_unless_it_is_Blue_or_a_completed_Green(string brag, bool completed, int dueInDays, bool overdue)
    {
        var status = Enum.Parse<Brag>(brag);
        var action = new KeyAction { Description = "x", LeadOfficer = "y", Status = status, Completed = completed, DueOn = Today.AddDays(dueInDays) };

        Overdue.IsOverdue(action, Today).ShouldBe(overdue);
        Overdue.On(Today).Compile()(action).ShouldBe(overdue);
    }

    [Theory]
    [InlineData("Immediately", null, null, "2012-01-20")]
    [InlineData("WithinMonths", 3, null, "2012-04-20")]
    [InlineData("WithinMonths", 6, null, "2012-07-20")]
    [InlineData("ByDate", null, "2012-03-01", "2012-03-01")]
    public void A_timescale_gives_a_due_date_counted_from_the_source(string timescaleName, int? months, string? by, string due)
    {
        var timescale = Enum.Parse<Timescale>(timescaleName);
        var source = new DateOnly(2012, 1, 20);

        Timescales.DueOn(timescale, months, by is null ? null : DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture), source)
            .ShouldBe(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
    }
}
