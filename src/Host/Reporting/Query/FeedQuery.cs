using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>One ordering term: a value of the row and its direction.</summary>
internal sealed record OrderTerm(Expression Value, bool Descending);

/// <summary>A request for a set's rows, parsed and translated, ready to become SQL.</summary>
internal sealed record FeedQuery(
    FeedSet Set,
    ParameterExpression Row,
    Selection Selection,
    Expression? Filter,
    IReadOnlyList<OrderTerm> Order,
    long? Top,
    long? Skip,
    bool Count,
    object? Key,
    string? SkipToken)
{
    public IReadOnlyList<FeedColumn> Columns => Selection.Columns;
}
