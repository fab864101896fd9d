namespace Partnership.SharedKernel.Reporting;

/// <summary>
/// An entity set a module publishes to the reporting feed. The host composes the feed's model
/// from the sets of the enabled modules.
/// </summary>
public interface IReportingSet
{
    /// <summary>The entity set name analysts see: letters, digits and underscores.</summary>
    string Name { get; }

    /// <summary>The CLR type of a row; its public properties are the columns.</summary>
    Type RowType { get; }

    /// <summary>The rows, untracked, from the module's own DbContext.</summary>
    IQueryable Rows(IServiceProvider services);
}
