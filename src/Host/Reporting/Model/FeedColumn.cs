using System.Reflection;
using Microsoft.OData.Edm;

namespace Partnership.Host.Reporting.Model;

/// <summary>A column of a reporting set: the row property behind it and its type in the model.</summary>
internal sealed record FeedColumn(string Name, PropertyInfo Property, ColumnKind Kind, IEdmTypeReference EdmType, string Description)
{
    public bool IsNullable => EdmType.IsNullable;

    /// <summary>The CLR type of the property, whatever its nullability.</summary>
    public Type ClrType => Property.PropertyType;
}
