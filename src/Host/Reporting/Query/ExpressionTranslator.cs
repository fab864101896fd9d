using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.OData.UriParser;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Turns the nodes ODataLib parsed from <c>$filter</c> and <c>$orderby</c> into a LINQ expression over a
/// set's row, for EF Core to put in the SQL. Nothing here runs a query or evaluates a row. With
/// <paramref name="readable"/> it also translates <c>any</c> and <c>all</c> over the set's navigations.
/// </summary>
internal sealed partial class ExpressionTranslator(FeedSet set, ParameterExpression row, DateTimeOffset now, ReadableRows? readable = null)
{
    public ParameterExpression Row { get; } = row;

    /// <summary>The rows the query's range variables stand for: <c>$it</c>, and each enclosing lambda's variable.</summary>
    private ImmutableDictionary<string, (FeedSet Set, ParameterExpression Row)> Scope { get; init; } =
        ImmutableDictionary<string, (FeedSet, ParameterExpression)>.Empty.Add("$it", (set, row));

    /// <summary>A predicate for <c>Where</c>: true rows only (SQL's unknown is false).</summary>
    public Expression Predicate(SingleValueNode node)
    {
        var body = UtcConstants.Normalise(Translate(node));
        if (body.Type == typeof(bool?))
        {
            body = Expression.Equal(body, Expression.Constant(true, typeof(bool?)));
        }
        if (body.Type != typeof(bool))
        {
            throw FeedException.BadQuery("$filter must be a true-or-false expression.");
        }
        return body;
    }

    /// <summary>A value for <c>OrderBy</c> or a projection.</summary>
    public Expression Value(SingleValueNode node)
    {
        var value = UtcConstants.Normalise(Translate(node));
        if (value is DateAsInstant instant)
        {
            return instant.Date;
        }
        return value;
    }

    public Expression Translate(QueryNode node) => node switch
    {
        ConstantNode constant => Constant(constant, null),
        ConvertNode convert => Convert(convert),
        SingleValuePropertyAccessNode property => Property(property),
        BinaryOperatorNode binary => Binary(binary),
        UnaryOperatorNode unary => Unary(unary),
        SingleValueFunctionCallNode function => Function(function),
        InNode @in => In(@in),
        AnyNode any => Lambda(any, any.Body, all: false),
        AllNode all => Lambda(all, all.Body, all: true),
        _ => throw FeedException.Unsupported($"The expression {node.Kind} is not supported."),
    };

    private Expression Property(SingleValuePropertyAccessNode node)
    {
        if (node.Source is SingleNavigationNode navigation)
        {
            return RelatedValue(navigation, node.Property.Name);
        }
        if (node.Source is not ResourceRangeVariableReferenceNode variable || !Scope.TryGetValue(variable.Name, out var owner))
        {
            throw FeedException.Unsupported($"The column {node.Property.Name} can only be used on the set's own rows, on the row a navigation leads to, or on related rows inside any or all.");
        }
        var column = owner.Set.Column(node.Property.Name) ?? throw FeedException.BadQuery($"{owner.Set.Name} has no column {node.Property.Name}.");
        return Expression.Property(owner.Row, column.Property);
    }

    private Expression Convert(ConvertNode node)
    {
        var target = ClrTypes.Of(node.TypeReference);
        if (node.Source is ConstantNode constant)
        {
            return Constant(constant, target);
        }
        var source = Translate(node.Source);
        if (ClrTypes.Underlying(source.Type) == typeof(DateOnly) && ClrTypes.Underlying(target) == typeof(DateTimeOffset))
        {
            return new DateAsInstant(source);
        }
        return To(source, target);
    }

    private static Expression To(Expression expression, Type target)
    {
        if (expression.Type == target)
        {
            return expression;
        }
        if (expression is ConstantExpression { Value: null })
        {
            return Expression.Constant(null, ClrTypes.MakeNullable(target));
        }
        if (expression is DateAsInstant)
        {
            return expression;
        }
        var underlyingSource = ClrTypes.Underlying(expression.Type);
        var underlyingTarget = ClrTypes.Underlying(target);
        if (underlyingSource == underlyingTarget || (ClrTypes.IsNumeric(underlyingSource) && ClrTypes.IsNumeric(underlyingTarget)))
        {
            // Keep a nullable source nullable: SQL may still give NULL.
            var type = ClrTypes.IsNullable(expression.Type) ? ClrTypes.MakeNullable(underlyingTarget) : target;
            return expression.Type == type ? expression : Expression.Convert(expression, type);
        }
        throw FeedException.BadQuery($"A value of type {Describe(expression.Type)} cannot be used as {Describe(target)}.");
    }

    private static ConstantExpression Constant(ConstantNode node, Type? target)
    {
        var value = node.Value;
        if (value is null)
        {
            return Expression.Constant(null, target is null ? typeof(object) : ClrTypes.MakeNullable(target));
        }
        value = value switch
        {
            Microsoft.OData.Edm.Date date => new DateOnly(date.Year, date.Month, date.Day),
            float single => (double)single,
            short or byte or sbyte => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
            Microsoft.OData.ODataEnumValue enumValue => enumValue.Value,
            _ => value,
        };
        if (target is null || ClrTypes.Underlying(target) == value.GetType())
        {
            return Expression.Constant(value, target ?? value.GetType());
        }
        var underlying = ClrTypes.Underlying(target);
        object converted;
        try
        {
            converted = underlying == typeof(decimal) ? DecimalLiteral(node, value)
                : underlying == typeof(DateTimeOffset) && value is DateOnly date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            throw FeedException.BadQuery($"The value {node.LiteralText ?? value.ToString()} cannot be used as {Describe(target)}.");
        }
        return Expression.Constant(converted, target);
    }

    // Through double a decimal loses digits: read the literal's text.
    private static decimal DecimalLiteral(ConstantNode node, object value)
    {
        var text = node.LiteralText?.TrimEnd('m', 'M', 'd', 'D', 'f', 'F', 'l', 'L');
        if (text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        return System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
    }

    private UnaryExpression Unary(UnaryOperatorNode node)
    {
        var operand = Translate(node.Operand);
        return node.OperatorKind switch
        {
            UnaryOperatorKind.Not when ClrTypes.Underlying(operand.Type) == typeof(bool) => Expression.Not(operand),
            UnaryOperatorKind.Negate when ClrTypes.IsNumeric(operand.Type) => Expression.Negate(operand),
            _ => throw FeedException.BadQuery($"The operator {node.OperatorKind.ToString().ToLowerInvariant()} cannot be applied to {Describe(operand.Type)}."),
        };
    }

    private MethodCallExpression In(InNode node)
    {
        var left = Translate(node.Left);
        if (left is DateAsInstant instant)
        {
            left = instant.Date;
        }
        if (node.Right is not CollectionConstantNode list)
        {
            throw FeedException.Unsupported("in needs a list of values, such as Name in ('A','B').");
        }
        var type = ClrTypes.MakeNullable(left.Type);
        var values = list.Collection.Select(c => UtcConstants.Normalise(Constant(c, type))).ToList();
        var array = Expression.NewArrayInit(type, values);
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(type);
        return Expression.Call(contains, array, To(left, type));
    }

    private static string Describe(Type type) =>
        ClrTypes.Underlying(type) switch
        {
            var t when t == typeof(string) => "text",
            var t when t == typeof(int) || t == typeof(long) => "a whole number",
            var t when t == typeof(decimal) || t == typeof(double) => "a number",
            var t when t == typeof(bool) => "true or false",
            var t when t == typeof(DateOnly) => "a date",
            var t when t == typeof(DateTimeOffset) => "a date and time",
            var t when t == typeof(Guid) => "an identifier",
            var t => t.Name,
        };

    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, parameters) ?? throw new InvalidOperationException($"{type.Name}.{name} is missing.");
}
