using System.Linq.Expressions;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// A value EF Core sends as a SQL parameter rather than a literal: a field read from a constant object,
/// as a captured variable would be. Each page's keyset position differs, and with literals every page
/// would be a new query for EF Core to compile.
/// </summary>
internal static class Parameter
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<T>(T value)
    {
#pragma warning disable CA1051 // A field, so the expression reads it as EF Core reads a captured variable.
        public readonly T Value = value;
#pragma warning restore CA1051
    }
}
