namespace Partnership.Host.Reporting.Model;

/// <summary>How a column is typed in the model and written in JSON.</summary>
internal enum ColumnKind
{
    String,
    Int32,
    Int64,
    Boolean,
    Guid,
    Decimal,
    Double,
    Date,
    Instant,
    Enumeration,
}
