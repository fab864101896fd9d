using System.Linq.Expressions;
using Microsoft.OData.UriParser;

namespace Partnership.Host.Reporting.Query;

/// <summary>The canonical functions the feed supports, each a .NET member EF Core translates to SQL.</summary>
internal sealed partial class ExpressionTranslator
{
    private Expression Function(SingleValueFunctionCallNode node)
    {
        var arguments = node.Parameters.Select(Translate).ToList();
        return node.Name switch
        {
            "contains" => Text(arguments, 2, a => Expression.Call(a[0], Method(typeof(string), nameof(string.Contains), typeof(string)), a[1])),
            "startswith" => Text(arguments, 2, a => Expression.Call(a[0], Method(typeof(string), nameof(string.StartsWith), typeof(string)), a[1])),
            "endswith" => Text(arguments, 2, a => Expression.Call(a[0], Method(typeof(string), nameof(string.EndsWith), typeof(string)), a[1])),
            "tolower" => Text(arguments, 1, a => Expression.Call(a[0], Method(typeof(string), nameof(string.ToLower)))),
            "toupper" => Text(arguments, 1, a => Expression.Call(a[0], Method(typeof(string), nameof(string.ToUpper)))),
            "trim" => Text(arguments, 1, a => Expression.Call(a[0], Method(typeof(string), nameof(string.Trim)))),
            "length" => Text(arguments, 1, a => Nullable(Expression.Property(a[0], nameof(string.Length)))),
            "indexof" => Text(arguments, 2, a => Nullable(Expression.Call(a[0], Method(typeof(string), nameof(string.IndexOf), typeof(string)), a[1]))),
            "concat" => Text(arguments, 2, a => Expression.Call(Method(typeof(string), nameof(string.Concat), typeof(string), typeof(string)), a[0], a[1])),
            "substring" => Substring(arguments),
            "year" or "month" or "day" => DatePart(node.Name, arguments),
            "hour" or "minute" or "second" => TimePart(node.Name, arguments),
            "date" => Date(arguments),
            "now" when arguments.Count == 0 => Expression.Constant(now.ToUniversalTime()),
            "round" => Rounding(nameof(Math.Round), arguments),
            "floor" => Rounding(nameof(Math.Floor), arguments),
            "ceiling" => Rounding(nameof(Math.Ceiling), arguments),
            _ => throw FeedException.Unsupported($"The function {node.Name} is not supported."),
        };
    }

    private static Expression Text(List<Expression> arguments, int count, Func<List<Expression>, Expression> build)
    {
        if (arguments.Count != count || arguments.Any(a => a.Type != typeof(string)))
        {
            throw FeedException.BadQuery($"This function takes {count} text value{(count == 1 ? "" : "s")}.");
        }
        return build(arguments);
    }

    private static MethodCallExpression Substring(List<Expression> arguments)
    {
        if (arguments.Count is < 2 or > 3 || arguments[0].Type != typeof(string) || arguments.Skip(1).Any(a => ClrTypes.Underlying(a.Type) != typeof(int)))
        {
            throw FeedException.BadQuery("substring takes a text value and one or two whole numbers.");
        }
        var numbers = arguments.Skip(1).Select(Value).ToArray();
        var method = numbers.Length == 1
            ? Method(typeof(string), nameof(string.Substring), typeof(int))
            : Method(typeof(string), nameof(string.Substring), typeof(int), typeof(int));
        return Expression.Call(arguments[0], method, numbers);
    }

    private static Expression DatePart(string name, List<Expression> arguments)
    {
        var source = Single(name, arguments);
        var type = ClrTypes.Underlying(source.Type);
        if (type != typeof(DateOnly) && type != typeof(DateTimeOffset))
        {
            throw FeedException.BadQuery($"{name} takes a date or a date and time.");
        }
        var part = char.ToUpperInvariant(name[0]) + name[1..];
        return Lift(source, Expression.Property(Value(source), part));
    }

    private static Expression TimePart(string name, List<Expression> arguments)
    {
        var source = Single(name, arguments);
        if (ClrTypes.Underlying(source.Type) != typeof(DateTimeOffset))
        {
            throw FeedException.BadQuery($"{name} takes a date and time.");
        }
        var part = char.ToUpperInvariant(name[0]) + name[1..];
        return Lift(source, Expression.Property(Value(source), part));
    }

    private static Expression Date(List<Expression> arguments)
    {
        var source = Single("date", arguments);
        var type = ClrTypes.Underlying(source.Type);
        if (type == typeof(DateOnly))
        {
            return source;
        }
        if (type != typeof(DateTimeOffset))
        {
            throw FeedException.BadQuery("date takes a date and time.");
        }
        var utc = Expression.Property(Value(source), nameof(DateTimeOffset.UtcDateTime));
        return Lift(source, Expression.Call(Method(typeof(DateOnly), nameof(DateOnly.FromDateTime), typeof(DateTime)), utc));
    }

    private static Expression Rounding(string name, List<Expression> arguments)
    {
        var source = Single(name.ToLowerInvariant(), arguments);
        var type = ClrTypes.Underlying(source.Type);
        if (type != typeof(decimal) && type != typeof(double))
        {
            throw FeedException.BadQuery($"{name.ToLowerInvariant()} takes a decimal or floating-point number.");
        }
        return Lift(source, Expression.Call(Method(typeof(Math), name, type), Value(source)));
    }

    private static Expression Single(string name, List<Expression> arguments)
    {
        if (arguments.Count != 1)
        {
            throw FeedException.BadQuery($"{name} takes one value.");
        }
        return arguments[0] is DateAsInstant date ? date.Date : arguments[0];
    }

    private static Expression Value(Expression expression) =>
        System.Nullable.GetUnderlyingType(expression.Type) is not null ? Expression.Property(expression, "Value") : expression;

    // A function of a column that may be NULL gives NULL in SQL: keep the result nullable.
    private static Expression Lift(Expression source, Expression result) =>
        ClrTypes.IsNullable(source.Type) ? Nullable(result) : result;

    private static Expression Nullable(Expression result) =>
        result.Type.IsValueType && System.Nullable.GetUnderlyingType(result.Type) is null
            ? Expression.Convert(result, typeof(Nullable<>).MakeGenericType(result.Type))
            : result;
}
