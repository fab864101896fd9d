using System.ComponentModel;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData.Edm;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// What each CLR type of a row becomes in the model, as Power BI and Excel read it: dates as Edm.Date,
/// instants as Edm.DateTimeOffset, decimals with their precision and scale, enumerations as strings.
/// </summary>
internal static class ColumnTypes
{
    public static FeedColumn Describe(string setName, PropertyInfo property)
    {
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"The reporting set {setName} has no [Description] on its column {property.Name}.");
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        var type = underlying ?? property.PropertyType;
        // A context per call: NullabilityInfoContext is not thread-safe, and hosts in one process build their models at once.
        var nullable = underlying is not null
            || (!type.IsValueType && new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull);
        var core = EdmCoreModel.Instance;
        (ColumnKind Kind, IEdmTypeReference Edm) mapped = type switch
        {
            _ when type == typeof(string) => (ColumnKind.String, core.GetString(nullable)),
            _ when type == typeof(int) => (ColumnKind.Int32, core.GetInt32(nullable)),
            _ when type == typeof(long) => (ColumnKind.Int64, core.GetInt64(nullable)),
            _ when type == typeof(bool) => (ColumnKind.Boolean, core.GetBoolean(nullable)),
            _ when type == typeof(Guid) => (ColumnKind.Guid, core.GetGuid(nullable)),
            _ when type == typeof(double) => (ColumnKind.Double, core.GetDouble(nullable)),
            _ when type == typeof(DateOnly) => (ColumnKind.Date, core.GetDate(nullable)),
            _ when type == typeof(DateTimeOffset) => (ColumnKind.Instant, core.GetDateTimeOffset(nullable)),
            _ when type == typeof(decimal) => (ColumnKind.Decimal, Decimal(setName, property, nullable)),
            _ when type.IsEnum => (ColumnKind.Enumeration, core.GetString(nullable)),
            _ => throw new InvalidOperationException($"The reporting set {setName} has a column {property.Name} of type {type.Name}, which the feed does not publish."),
        };
        return new FeedColumn(property.Name, property, mapped.Kind, mapped.Edm, description);
    }

    // Without an explicit scale clients read a decimal as an integer and round it.
    private static IEdmTypeReference Decimal(string setName, PropertyInfo property, bool nullable)
    {
        var precision = property.GetCustomAttribute<PrecisionAttribute>()
            ?? throw new InvalidOperationException($"The reporting set {setName} has no [Precision] on its decimal column {property.Name}.");
        return EdmCoreModel.Instance.GetDecimal(precision.Precision, precision.Scale ?? 0, nullable);
    }
}
