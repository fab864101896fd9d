using System.Linq.Expressions;
using Microsoft.OData.UriParser;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Reads <c>$select</c> and <c>$expand</c>, nested options included. Each expansion becomes a correlated
/// sub-query over the target set's readable rows, so the page stays one SQL statement. A nested option
/// the feed does not carry out is refused, never ignored.
/// </summary>
internal sealed class SelectionParser(FeedLimits limits, DateTimeOffset now, ReadableRows readable)
{
    public Selection Read(SelectExpandClause? clause, FeedSet set, ParameterExpression row, int depth = 0)
    {
        if (clause is null)
        {
            return Selection.All(set);
        }
        var columns = new HashSet<string>(StringComparer.Ordinal);
        var navigations = new List<string>();
        var expansions = new List<FeedExpansion>();
        var everyColumn = clause.AllSelected;
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case PathSelectItem { SelectedPath: { Count: 1, LastSegment: PropertySegment property } }:
                    columns.Add(property.Property.Name);
                    break;
                case PathSelectItem { SelectedPath: { Count: 1, LastSegment: NavigationPropertySegment navigation } }:
                    navigations.Add(navigation.NavigationProperty.Name);
                    break;
                case WildcardSelectItem:
                    everyColumn = true;
                    break;
                case ExpandedNavigationSelectItem expanded:
                    expansions.Add(Expand(expanded, set, row, depth + 1));
                    break;
                case ExpandedReferenceSelectItem:
                    throw FeedException.Unsupported("$expand with /$ref is not supported: expand the navigation itself.");
                default:
                    throw FeedException.Unsupported("$select lists columns and navigations of the set only.");
            }
        }
        return everyColumn
            ? new Selection(set.Columns, false, navigations, expansions)
            : new Selection([.. set.Columns.Where(c => columns.Contains(c.Name))], true, navigations, expansions);
    }

    private FeedExpansion Expand(ExpandedNavigationSelectItem item, FeedSet owner, ParameterExpression ownerRow, int depth)
    {
        if (item.PathToNavigationProperty.Count != 1 || item.PathToNavigationProperty.LastSegment is not NavigationPropertySegment segment)
        {
            throw FeedException.Unsupported("$expand takes navigations of the set itself, such as Actions or Actions($select=Description).");
        }
        var navigation = owner.Navigation(segment.NavigationProperty.Name)
            ?? throw FeedException.BadQuery($"{owner.Name} has no navigation {segment.NavigationProperty.Name}.");
        if (depth > limits.MaxExpandDepth)
        {
            throw FeedException.Limit($"$expand nests deeper than the limit of {limits.MaxExpandDepth} levels (MaxExpandDepth).");
        }
        RefuseUnsupported(item, navigation.Name);
        var target = navigation.Target;
        var row = Expression.Parameter(target.Source.RowType, navigation.Name);
        var translator = new ExpressionTranslator(target, row, now, readable);
        var top = item.TopOption;
        var skip = item.SkipOption;
        if (top is < 0 || skip is < 0)
        {
            throw FeedException.BadQuery($"$top and $skip inside $expand of {navigation.Name} cannot be negative.");
        }
        var rows = RelatedRows.Of(navigation, ownerRow, row, readable);
        if (item.FilterOption is { } filter)
        {
            NodeBudget.Check(filter.Expression, limits.MaxFilterNodes, "$filter inside $expand");
            rows = QueryableCalls.Where(rows, row, translator.Predicate(filter.Expression));
        }
        rows = QueryableCalls.Ordered(rows, row, QueryParser.Order(item.OrderByOption, target, translator, limits));
        if (skip is > 0)
        {
            rows = QueryableCalls.Skip(rows, row.Type, (int)Math.Min(skip.Value, int.MaxValue));
        }
        var bound = limits.MaxPageSize;
        if (navigation.IsCollection)
        {
            // One more than the bound, so a row with too many related rows is refused rather than cut short.
            rows = QueryableCalls.Take(rows, row.Type, (int)Math.Min(top ?? long.MaxValue, bound + 1L));
        }
        else if (navigation.TargetColumn.Name != target.Key.Name)
        {
            rows = QueryableCalls.Take(rows, row.Type, 1);
        }
        // Otherwise it is paired by the target's key, so at most one row: a Take would have EF Core number every target row on each page.
        var selection = Read(item.SelectAndExpand, target, row, depth);
        rows = QueryableCalls.Select(rows, row, Expression.NewArrayInit(typeof(object), selection.Values(row)));
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(object[])], rows);
        return new FeedExpansion(navigation, selection, bound, list);
    }

    private static void RefuseUnsupported(ExpandedNavigationSelectItem item, string navigation)
    {
        var option = item.CountOption is not null ? "$count"
            : item.LevelsOption is not null ? "$levels"
            : item.SearchOption is not null ? "$search"
            : item.ApplyOption is not null ? "$apply"
            : item.ComputeOption is not null ? "$compute"
            : null;
        if (option is not null)
        {
            throw FeedException.Unsupported($"{option} inside $expand ({navigation}) is not supported: the feed takes $select, $filter, $orderby, $top, $skip and $expand there.");
        }
    }
}
