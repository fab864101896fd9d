using System.Linq.Expressions;
using Microsoft.OData.UriParser;

namespace Partnership.Host.Reporting.Query;

/// <summary>Logical, comparison and arithmetic operators, with nullable and numeric types unified first.</summary>
internal sealed partial class ExpressionTranslator
{
    private static readonly System.Reflection.MethodInfo StringCompare = Method(typeof(string), nameof(string.Compare), typeof(string), typeof(string));

    private Expression Binary(BinaryOperatorNode node)
    {
        var left = Translate(node.Left);
        var right = Translate(node.Right);
        return node.OperatorKind switch
        {
            BinaryOperatorKind.And => Logical(ExpressionType.AndAlso, left, right),
            BinaryOperatorKind.Or => Logical(ExpressionType.OrElse, left, right),
            BinaryOperatorKind.Equal => Comparison(ExpressionType.Equal, left, right),
            BinaryOperatorKind.NotEqual => Comparison(ExpressionType.NotEqual, left, right),
            BinaryOperatorKind.GreaterThan => Comparison(ExpressionType.GreaterThan, left, right),
            BinaryOperatorKind.GreaterThanOrEqual => Comparison(ExpressionType.GreaterThanOrEqual, left, right),
            BinaryOperatorKind.LessThan => Comparison(ExpressionType.LessThan, left, right),
            BinaryOperatorKind.LessThanOrEqual => Comparison(ExpressionType.LessThanOrEqual, left, right),
            BinaryOperatorKind.Add => Arithmetic(ExpressionType.Add, left, right),
            BinaryOperatorKind.Subtract => Arithmetic(ExpressionType.Subtract, left, right),
            BinaryOperatorKind.Multiply => Arithmetic(ExpressionType.Multiply, left, right),
            BinaryOperatorKind.Divide => Arithmetic(ExpressionType.Divide, left, right),
            BinaryOperatorKind.Modulo => Arithmetic(ExpressionType.Modulo, left, right),
            _ => throw FeedException.Unsupported($"The operator {node.OperatorKind.ToString().ToLowerInvariant()} is not supported."),
        };
    }

    private static BinaryExpression Logical(ExpressionType type, Expression left, Expression right)
    {
        return Expression.MakeBinary(type, Truth(left), Truth(right));

        static Expression Truth(Expression operand) =>
            operand.Type == typeof(bool) ? operand
            : operand.Type == typeof(bool?) ? Expression.Equal(operand, Expression.Constant(true, typeof(bool?)))
            : throw FeedException.BadQuery($"and and or need true-or-false operands, not {Describe(operand.Type)}.");
    }

    /// <summary>
    /// A comparison as OData defines it: null equals only null, and an ordering comparison with null is
    /// false. Text compares in the database's collation, as it orders.
    /// </summary>
    public static Expression Comparison(ExpressionType type, Expression left, Expression right)
    {
        if (left is DateAsInstant date && right is ConstantExpression constant)
        {
            return DateWithInstant(type, date.Date, constant);
        }
        if (right is DateAsInstant mirrored && left is ConstantExpression mirroredConstant)
        {
            return DateWithInstant(Mirror(type), mirrored.Date, mirroredConstant);
        }
        if (left is DateAsInstant both && right is DateAsInstant other)
        {
            (left, right) = (both.Date, other.Date);
        }
        else if (left is DateAsInstant || right is DateAsInstant)
        {
            throw FeedException.Unsupported("A date column can be compared with a date, or with a date and time written in the query, not with another date-and-time column.");
        }
        (left, right) = Unify(left, right);
        var underlying = ClrTypes.Underlying(left.Type);
        if (type is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            return Expression.MakeBinary(type, left, right);
        }
        if (underlying == typeof(string))
        {
            return Expression.MakeBinary(type, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }
        if (underlying == typeof(bool) || underlying == typeof(Guid))
        {
            throw FeedException.Unsupported($"{Describe(underlying)} values can be compared with eq and ne only.");
        }
        return Expression.MakeBinary(type, left, right);
    }

    private static ExpressionType Mirror(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        _ => type,
    };

    /// <summary>
    /// A date against an instant written with an offset: the date is midnight of its day, compared with
    /// the instant's clock time in the instant's own offset, so <c>d gt 2021-02-03T00:00:00+01:00</c>
    /// means days after 3 February whatever the offset.
    /// </summary>
    private static Expression DateWithInstant(ExpressionType type, Expression date, ConstantExpression constant)
    {
        if (constant.Value is not DateTimeOffset instant)
        {
            return Comparison(type, date, constant);
        }
        var day = DateOnly.FromDateTime(instant.DateTime);
        var midnight = instant.TimeOfDay == TimeSpan.Zero;
        var value = Expression.Constant(day, date.Type);
        return type switch
        {
            ExpressionType.GreaterThan => Expression.GreaterThan(date, value),
            ExpressionType.GreaterThanOrEqual => midnight ? Expression.GreaterThanOrEqual(date, value) : Expression.GreaterThan(date, value),
            ExpressionType.LessThan => midnight ? Expression.LessThan(date, value) : Expression.LessThanOrEqual(date, value),
            ExpressionType.LessThanOrEqual => Expression.LessThanOrEqual(date, value),
            ExpressionType.Equal => midnight ? Expression.Equal(date, value) : Expression.Constant(false),
            ExpressionType.NotEqual => midnight ? Expression.NotEqual(date, value) : Expression.NotEqual(date, Expression.Constant(null, ClrTypes.MakeNullable(date.Type))),
            _ => throw FeedException.Unsupported($"The operator {type} is not supported for dates."),
        };
    }

    private static BinaryExpression Arithmetic(ExpressionType type, Expression left, Expression right)
    {
        if (!ClrTypes.IsNumeric(left.Type) || !ClrTypes.IsNumeric(right.Type))
        {
            throw FeedException.BadQuery($"Arithmetic needs numbers, not {Describe(left.Type)} and {Describe(right.Type)}.");
        }
        (left, right) = Unify(left, right);
        return Expression.MakeBinary(type, left, right);
    }

    /// <summary>Gives both sides one type: the same nullability, the wider number, a typed null.</summary>
    public static (Expression Left, Expression Right) Unify(Expression left, Expression right)
    {
        if (left is ConstantExpression { Value: null } && left.Type == typeof(object))
        {
            left = Expression.Constant(null, ClrTypes.MakeNullable(right.Type));
        }
        if (right is ConstantExpression { Value: null } && right.Type == typeof(object))
        {
            right = Expression.Constant(null, ClrTypes.MakeNullable(left.Type));
        }
        if (left.Type == right.Type)
        {
            return (left, right);
        }
        var l = ClrTypes.Underlying(left.Type);
        var r = ClrTypes.Underlying(right.Type);
        Type target;
        if (l == r)
        {
            target = l;
        }
        else if (ClrTypes.IsNumeric(l) && ClrTypes.IsNumeric(r))
        {
            target = ClrTypes.Wider(l, r);
        }
        else
        {
            throw FeedException.BadQuery($"{Describe(left.Type)} cannot be compared with {Describe(right.Type)}.");
        }
        if (ClrTypes.IsNullable(left.Type) || ClrTypes.IsNullable(right.Type))
        {
            target = ClrTypes.MakeNullable(target);
        }
        return (Retype(left, target), Retype(right, target));

        static Expression Retype(Expression expression, Type target) =>
            expression.Type == target ? expression
            : expression is ConstantExpression { Value: { } value } && ClrTypes.Underlying(target) == typeof(decimal) && value is not decimal
                ? Expression.Constant(System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), target)
                : Expression.Convert(expression, target);
    }
}
