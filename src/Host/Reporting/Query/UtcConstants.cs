using System.Linq.Expressions;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Instants written with an offset become UTC before they reach the database: timestamptz columns
/// hold UTC and Npgsql refuses any other offset.
/// </summary>
internal sealed class UtcConstants : ExpressionVisitor
{
    private static readonly UtcConstants Instance = new();

    public static Expression Normalise(Expression expression) => expression is DateAsInstant ? expression : Instance.Visit(expression);

    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is DateTimeOffset instant && instant.Offset != TimeSpan.Zero
            ? Expression.Constant(instant.ToUniversalTime(), node.Type)
            : node;

    protected override Expression VisitExtension(Expression node) =>
        node is DateAsInstant date ? new DateAsInstant(Visit(date.Date)) : base.VisitExtension(node);
}
