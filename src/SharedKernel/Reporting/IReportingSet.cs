namespace Partnership.SharedKernel.Reporting;

/// <summary>
/// An entity set a module publishes to the reporting feed. The host composes the feed's model
/// from the sets of the enabled modules. Derive from <see cref="ReportingSet{TRow}"/> rather than
/// implementing this directly.
/// </summary>
public interface IReportingSet
{
    /// <summary>The entity set name analysts see: letters, digits and underscores.</summary>
    string Name { get; }

    /// <summary>One sentence for the reporting model: what a row is.</summary>
    string Description { get; }

    /// <summary>
    /// The CLR type of a row; its public properties are the columns. One is marked
    /// <c>[Key]</c>; each carries a <c>[Description]</c>; decimals carry <c>[Precision]</c>.
    /// </summary>
    Type RowType { get; }

    /// <summary>Who may read which rows.</summary>
    ReportingAccess Access { get; }

    /// <summary>Navigations to other sets of the same module; none unless a set declares them.</summary>
    IReadOnlyList<ReportingNavigation> Navigations { get; }

    /// <summary>The rows, untracked, from the module's own DbContext, as the current user may read them.</summary>
    IQueryable Rows(IServiceProvider services);
}
