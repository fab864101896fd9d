using System.Linq.Expressions;
using Microsoft.OData.UriParser;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// <c>any</c> and <c>all</c> over a collection navigation: <c>Queryable.Any</c> or <c>All</c> over the
/// related rows the reader may read, which EF Core makes an <c>EXISTS</c> sub-query.
/// </summary>
internal sealed partial class ExpressionTranslator
{
    private MethodCallExpression Lambda(LambdaNode node, SingleValueNode body, bool all)
    {
        var name = all ? "all" : "any";
        if (node.Source is not CollectionNavigationNode { Source: ResourceRangeVariableReferenceNode variable } collection
            || !Scope.TryGetValue(variable.Name, out var owner))
        {
            throw FeedException.Unsupported($"{name} applies to a navigation of the rows, such as Actions/{name}(a: a/IsOverdue).");
        }
        var navigation = owner.Set.Navigation(collection.NavigationProperty.Name)
            ?? throw FeedException.BadQuery($"{owner.Set.Name} has no navigation {collection.NavigationProperty.Name}.");
        if (!navigation.IsCollection)
        {
            throw FeedException.BadQuery($"{name} needs a collection of related rows; {navigation.Name} leads to one row.");
        }
        if (readable is null)
        {
            throw FeedException.Unsupported($"{name} is not supported here: use it in $filter.");
        }
        var target = Expression.Parameter(navigation.Target.Source.RowType, node.CurrentRangeVariable?.Name ?? "related");
        var related = RelatedRows.Of(navigation, owner.Row, target, readable);
        if (node.CurrentRangeVariable is null)
        {
            return Expression.Call(typeof(Queryable), nameof(Queryable.Any), [target.Type], related);
        }
        var inner = new ExpressionTranslator(set, Row, now, readable) { Scope = Scope.SetItem(node.CurrentRangeVariable.Name, (navigation.Target, target)) };
        var predicate = inner.Predicate(body);
        return Expression.Call(typeof(Queryable), all ? nameof(Queryable.All) : nameof(Queryable.Any), [target.Type], related, Expression.Quote(Expression.Lambda(predicate, target)));
    }
}
