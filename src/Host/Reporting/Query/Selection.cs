using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// What a request reads of a set's rows: the columns (all, or those of a <c>$select</c>), the
/// navigations its <c>$select</c> names, and the navigations it expands.
/// </summary>
internal sealed record Selection(IReadOnlyList<FeedColumn> Columns, bool ColumnsSelected, IReadOnlyList<string> SelectedNavigations, IReadOnlyList<FeedExpansion> Expansions)
{
    public static Selection All(FeedSet set) => new(set.Columns, false, [], []);

    /// <summary>A row's values: the columns, then each expansion's related rows.</summary>
    public IEnumerable<Expression> Values(ParameterExpression row) =>
        Columns.Select(c => (Expression)Expression.Convert(Expression.Property(row, c.Property), typeof(object)))
            .Concat(Expansions.Select(e => Expression.Convert(e.Rows, typeof(object))));

    /// <summary>How many values <see cref="Values"/> gives.</summary>
    public int Width => Columns.Count + Expansions.Count;

    /// <summary>
    /// The parenthesised list of the context URL, as OData 4.0 writes it, or null for none: the selected
    /// columns and navigations, then each expansion that selects, suffixed with its own list, as in
    /// <c>Number,Actions,Actions(Description)</c>. An expansion without a <c>$select</c> adds nothing: never
    /// the empty <c>Actions()</c> of OData 4.01, which Power Query rejects.
    /// </summary>
    public string? ContextList()
    {
        var items = new List<string>();
        if (ColumnsSelected)
        {
            items.AddRange(Columns.Select(c => c.Name));
            items.AddRange(SelectedNavigations);
        }
        foreach (var expansion in Expansions)
        {
            if (expansion.Selection.ContextList() is { } nested)
            {
                items.Add($"{expansion.Navigation.Name}({nested})");
            }
        }
        return items.Count == 0 ? null : string.Join(",", items);
    }
}
