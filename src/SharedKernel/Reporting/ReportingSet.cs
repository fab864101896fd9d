namespace Partnership.SharedKernel.Reporting;

/// <summary>
/// The base of a module's reporting set: a name, a sentence, and the query that projects the module's
/// own data onto a flat row type.
/// </summary>
/// <example>
/// <code>
/// internal sealed class ThemesSet : ReportingSet&lt;ThemeRow&gt;
/// {
///     public override string Name => "Themes";
///     public override string Description => "The partnership's themes.";
///     public override IQueryable&lt;ThemeRow&gt; Rows(IServiceProvider services) =&gt;
///         services.GetRequiredService&lt;ReviewsDbContext&gt;().Themes.AsNoTracking()
///             .Select(t =&gt; new ThemeRow { ThemeId = t.Id, Name = t.Name });
/// }
/// </code>
/// </example>
public abstract class ReportingSet<TRow> : IReportingSet
    where TRow : class
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public Type RowType => typeof(TRow);

    /// <summary>Every reader sees every row, unless a set says otherwise.</summary>
    public virtual ReportingAccess Access => ReportingAccess.Partnership;

    /// <summary>No navigations, unless a set declares some (<see cref="ReportingNavigation.Many"/>, <see cref="ReportingNavigation.One"/>).</summary>
    public virtual IReadOnlyList<ReportingNavigation> Navigations => [];

    public abstract IQueryable<TRow> Rows(IServiceProvider services);

    IQueryable IReportingSet.Rows(IServiceProvider services) => Rows(services);
}
