using Microsoft.OData.Edm;

namespace Partnership.Host.Reporting.Query;

internal static class ClrTypes
{
    public static Type Of(IEdmTypeReference type)
    {
        if (!type.IsPrimitive())
        {
            throw FeedException.Unsupported($"Values of type {type.FullName()} are not supported.");
        }
        var clr = type.AsPrimitive().PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String => typeof(string),
            EdmPrimitiveTypeKind.Int32 => typeof(int),
            EdmPrimitiveTypeKind.Int16 => typeof(int),
            EdmPrimitiveTypeKind.Byte => typeof(int),
            EdmPrimitiveTypeKind.SByte => typeof(int),
            EdmPrimitiveTypeKind.Int64 => typeof(long),
            EdmPrimitiveTypeKind.Boolean => typeof(bool),
            EdmPrimitiveTypeKind.Decimal => typeof(decimal),
            EdmPrimitiveTypeKind.Double => typeof(double),
            EdmPrimitiveTypeKind.Single => typeof(double),
            EdmPrimitiveTypeKind.Guid => typeof(Guid),
            EdmPrimitiveTypeKind.Date => typeof(DateOnly),
            EdmPrimitiveTypeKind.DateTimeOffset => typeof(DateTimeOffset),
            var kind => throw FeedException.Unsupported($"Values of type Edm.{kind} are not supported."),
        };
        return clr.IsValueType && type.IsNullable ? typeof(Nullable<>).MakeGenericType(clr) : clr;
    }

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    public static Type MakeNullable(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    public static bool IsNumeric(Type type)
    {
        var underlying = Underlying(type);
        return underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(decimal) || underlying == typeof(double);
    }

    /// <summary>The wider of two numeric types, as OData promotes them.</summary>
    public static Type Wider(Type left, Type right)
    {
        Type[] order = [typeof(int), typeof(long), typeof(decimal), typeof(double)];
        var l = Array.IndexOf(order, Underlying(left));
        var r = Array.IndexOf(order, Underlying(right));
        return order[Math.Max(l, r)];
    }
}
