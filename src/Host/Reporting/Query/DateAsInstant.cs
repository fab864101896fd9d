using System.Linq.Expressions;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// A date column the parser promoted to an instant, to compare it with a DateTimeOffset literal
/// (Power Query sends <c>d gt 2021-02-03T00:00:00+01:00</c> for a date). Only comparisons with a
/// literal and the date functions accept it; they compare the date with the literal's own calendar day.
/// </summary>
internal sealed class DateAsInstant(Expression date) : Expression
{
    public Expression Date { get; } = date;

    public override ExpressionType NodeType => ExpressionType.Extension;

    public override Type Type => typeof(DateTimeOffset?);

    public override bool CanReduce => false;
}
