using System.Linq.Expressions;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Paging;

/// <summary>
/// The rows after a position in the ordering, as PostgreSQL orders them: ascending puts nulls last,
/// descending puts them first.
/// </summary>
internal static class Keyset
{
    private static readonly System.Reflection.MethodInfo GuidCompare = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    public static Expression After(IReadOnlyList<OrderTerm> order, IReadOnlyList<object?> values)
    {
        Expression after = Beyond(order[^1], values[^1]);
        for (var i = order.Count - 2; i >= 0; i--)
        {
            after = Expression.OrElse(Beyond(order[i], values[i]), Expression.AndAlso(Same(order[i], values[i]), after));
        }
        return after;
    }

    private static Expression Beyond(OrderTerm term, object? value)
    {
        var column = term.Value;
        var nullable = ClrTypes.IsNullable(column.Type);
        if (value is null)
        {
            return term.Descending && nullable ? Expression.NotEqual(column, Expression.Constant(null, column.Type)) : Expression.Constant(false);
        }
        var comparison = Compare(column, value, term.Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        return !term.Descending && nullable
            ? Expression.OrElse(comparison, Expression.Equal(column, Expression.Constant(null, column.Type)))
            : comparison;
    }

    private static Expression Same(OrderTerm term, object? value) =>
        value is null
            ? Expression.Equal(term.Value, Expression.Constant(null, ClrTypes.MakeNullable(term.Value.Type)))
            : Compare(term.Value, value, ExpressionType.Equal);

    private static Expression Compare(Expression column, object value, ExpressionType type)
    {
        var constant = Parameter.Of(value, column.Type);
        if (value is bool flag && type != ExpressionType.Equal)
        {
            // false orders before true: after false comes true, before true comes false.
            var beyond = type == ExpressionType.GreaterThan ? !flag : flag;
            return beyond ? Expression.Equal(column, Expression.Constant(!flag, column.Type)) : Expression.Constant(false);
        }
        if (ClrTypes.Underlying(column.Type) == typeof(Guid) && type != ExpressionType.Equal)
        {
            // uuid orders in PostgreSQL; EF Core turns CompareTo into the comparison.
            var guid = column.Type == typeof(Guid) ? column : Expression.Property(column, "Value");
            return Expression.MakeBinary(type, Expression.Call(guid, GuidCompare, Parameter.Of(value, typeof(Guid))), Expression.Constant(0));
        }
        return ExpressionTranslator.Comparison(type, column, constant);
    }
}
