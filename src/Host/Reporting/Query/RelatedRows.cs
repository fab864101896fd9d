using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// The rows a navigation leads to from one row, as a correlated sub-query: the target set's readable
/// rows (its access rule applied) whose paired column equals the source row's.
/// </summary>
internal static class RelatedRows
{
    public static Expression Of(FeedNavigation navigation, ParameterExpression source, ParameterExpression target, ReadableRows readable)
    {
        var rows = readable(navigation.Target, target).Expression;
        var sourceValue = Expression.Property(source, navigation.SourceColumn.Property);
        var (left, right) = ExpressionTranslator.Unify(Expression.Property(target, navigation.TargetColumn.Property), sourceValue);
        Expression paired = Expression.Equal(left, right);
        if (navigation.SourceColumn.IsNullable)
        {
            // No row is related through an empty key, even to rows whose column is empty too.
            paired = Expression.AndAlso(Expression.NotEqual(sourceValue, Expression.Constant(null, sourceValue.Type)), paired);
        }
        return QueryableCalls.Where(rows, target, paired);
    }
}
