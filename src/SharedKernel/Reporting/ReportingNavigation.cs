namespace Partnership.SharedKernel.Reporting;

/// <summary>
/// A navigation from a reporting set to another set of the same module, for <c>$expand</c> and
/// <c>any</c>/<c>all</c>: the rows of <see cref="TargetSet"/> whose <see cref="TargetColumn"/> equals this
/// row's <see cref="SourceColumn"/>. The plain foreign-key columns stay: Power BI relates sets by them.
/// </summary>
public sealed record ReportingNavigation
{
    private ReportingNavigation(string name, string targetSet, string sourceColumn, string targetColumn, bool isCollection)
    {
        Name = name;
        TargetSet = targetSet;
        SourceColumn = sourceColumn;
        TargetColumn = targetColumn;
        IsCollection = isCollection;
    }

    /// <summary>The navigation's name as analysts see it beside the columns.</summary>
    public string Name { get; }

    /// <summary>The name of the set it leads to, of the same module.</summary>
    public string TargetSet { get; }

    /// <summary>This set's column the pairing starts from.</summary>
    public string SourceColumn { get; }

    /// <summary>The target set's column that must equal <see cref="SourceColumn"/>.</summary>
    public string TargetColumn { get; }

    /// <summary>One-to-many (the matching rows) rather than many-to-one (the one matching row, or none).</summary>
    public bool IsCollection { get; }

    /// <summary>The rows of <paramref name="targetSet"/> whose <paramref name="targetColumn"/> equals this row's <paramref name="sourceColumn"/>.</summary>
    public static ReportingNavigation Many(string name, string targetSet, string sourceColumn, string targetColumn) =>
        new(name, targetSet, sourceColumn, targetColumn, isCollection: true);

    /// <summary>The row of <paramref name="targetSet"/> whose <paramref name="targetColumn"/> (usually its key) equals this row's <paramref name="sourceColumn"/>.</summary>
    public static ReportingNavigation One(string name, string targetSet, string sourceColumn, string targetColumn) =>
        new(name, targetSet, sourceColumn, targetColumn, isCollection: false);
}
