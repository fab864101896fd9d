using System.Linq.Expressions;
using Microsoft.OData.UriParser;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Navigations in expressions, always over the related rows the reader may read: <c>any</c> and
/// <c>all</c> over a collection (<c>Queryable.Any</c> or <c>All</c>, an <c>EXISTS</c> in SQL), and a
/// column of the row a single navigation leads to (a scalar sub-query, null when there is none).
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

    private MethodCallExpression RelatedValue(SingleNavigationNode node, string columnName)
    {
        if (node.Source is not ResourceRangeVariableReferenceNode variable || !Scope.TryGetValue(variable.Name, out var owner))
        {
            throw FeedException.Unsupported($"A navigation's column can be read one navigation away from the rows, such as Recommendation/Number.");
        }
        var navigation = owner.Set.Navigation(node.NavigationProperty.Name)
            ?? throw FeedException.BadQuery($"{owner.Set.Name} has no navigation {node.NavigationProperty.Name}.");
        if (readable is null)
        {
            throw FeedException.Unsupported($"{navigation.Name}/{columnName} is not supported here: use it in $filter or $orderby.");
        }
        var column = navigation.Target.Column(columnName) ?? throw FeedException.BadQuery($"{navigation.Target.Name} has no column {columnName}.");
        var target = Expression.Parameter(navigation.Target.Source.RowType, navigation.Name);
        var type = ClrTypes.MakeNullable(column.ClrType);
        Expression value = Expression.Property(target, column.Property);
        value = value.Type == type ? value : Expression.Convert(value, type);
        var values = QueryableCalls.Select(RelatedRows.Of(navigation, owner.Row, target, readable), target, value);
        return Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [type], values);
    }
}
