using Partnership.Modules.Recommendations.Import;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Import;

public sealed class PlanDatesTests
{
    private static readonly DateOnly SourceDate = new(2010, 9, 14);

    [Theory]
    [InlineData("Immediately", "2010-09-14")]
    [InlineData("immediate", "2010-09-14")]
    [InlineData("October 2010", "2010-10-31")]
    [InlineData("February 2012", "2012-02-29")]
    [InlineData("Oct – end Dec 10", "2010-12-31")]
    [InlineData("Oct - Dec 2010", "2010-12-31")]
    [InlineData("Sept - Nov 2010", "2010-11-30")]
    [InlineData("Autumn term September – December 2010", "2010-12-31")]
    [InlineData("Ready for 1st December 2010", "2010-12-01")]
    [InlineData("By 22nd Nov 2010", "2010-11-22")]
    [InlineData("31 December 2010", "2010-12-31")]
    [InlineData("Oct 10 - Dec 10", "2010-12-31")]
    [InlineData("31/12/2010", "2010-12-31")]
    [InlineData("1/2/11", "2011-02-01")]
    [InlineData("40543", "2010-12-31")]
    [InlineData("40543.5", "2010-12-31")]
    [InlineData("2010-12-31", "2010-12-31")]
    [InlineData("2010-12-31T00:00:00", "2010-12-31")]
    public void A_date_as_plans_write_it_reads_as_the_end_of_what_it_names(string text, string expected)
    {
        PlanDates.Read(text, SourceDate).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("On advice from legal services")]
    [InlineData("Ongoing")]
    [InlineData("December")]
    [InlineData("31/13/2010")]
    [InlineData("2011")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Text_without_a_date_reads_as_nothing(string? text)
    {
        PlanDates.Read(text, SourceDate).ShouldBeNull();
    }
}
