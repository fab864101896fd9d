using System.Linq.Expressions;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// <see cref="Queryable"/> calls on an expression of rows, for a query or a sub-query inside one: EF Core
/// turns a sub-query over a set's rows into SQL of the same statement.
/// </summary>
internal static class QueryableCalls
{
    public static Expression Where(Expression rows, ParameterExpression row, Expression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Where), [row.Type], rows, Expression.Quote(Expression.Lambda(predicate, row)));

    public static Expression Select(Expression rows, ParameterExpression row, Expression value) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Select), [row.Type, value.Type], rows, Expression.Quote(Expression.Lambda(value, row)));

    /// <summary>The rows in the order of <paramref name="order"/>, its first term first.</summary>
    public static Expression Ordered(Expression rows, ParameterExpression row, IReadOnlyList<OrderTerm> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var term = order[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (term.Descending ? "Descending" : "");
            rows = Expression.Call(typeof(Queryable), method, [row.Type, term.Value.Type], rows, Expression.Quote(Expression.Lambda(term.Value, row)));
        }
        return rows;
    }

    public static Expression Skip(Expression rows, Type rowType, int count) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [rowType], rows, Expression.Constant(count));

    public static Expression Take(Expression rows, Type rowType, int count) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Take), [rowType], rows, Expression.Constant(count));
}
