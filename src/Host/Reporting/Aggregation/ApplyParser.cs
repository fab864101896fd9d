using System.Linq.Expressions;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Aggregation;

/// <summary>
/// Reads <c>$apply</c> with ODataLib's parser and translates the shapes the feed carries out: any number
/// of <c>filter(...)</c>, then at most one <c>groupby((columns)[,aggregate(...)])</c> or <c>aggregate(...)</c>.
/// Anything else is refused, so a client never takes rows it did not ask for.
/// </summary>
internal static class ApplyParser
{
    /// <summary>The query options that may go with <c>$apply</c>; the others would apply to its result, which the feed does not do.</summary>
    private static readonly HashSet<string> Alongside = new(StringComparer.Ordinal) { "$apply", "$top", "$skip", "$format" };

    /// <summary>More groups than this many columns is refused: a grouping key is built from a tuple.</summary>
    public const int MaxGroupingColumns = 7;

    public static ApplyQuery Parse(ODataUriParser parser, FeedSet set, IQueryCollection query, FeedLimits limits, DateTimeOffset now)
    {
        if (query.Keys.FirstOrDefault(name => name.StartsWith('$') && !Alongside.Contains(name)) is { } other)
        {
            throw FeedException.Unsupported($"{other} cannot be combined with $apply: filter inside it with filter(...), and the groups come ordered by the grouped columns.");
        }
        var row = Expression.Parameter(set.Source.RowType, "row");
        var translator = new ExpressionTranslator(set, row, now);
        try
        {
            var apply = parser.ParseApply();
            var top = parser.ParseTop();
            var skip = parser.ParseSkip();
            if (top is < 0 || skip is < 0)
            {
                throw FeedException.BadQuery("$top and $skip cannot be negative.");
            }
            if (top > limits.MaxTop)
            {
                throw FeedException.Limit($"$top is over the limit of {limits.MaxTop} rows (MaxTop).");
            }
            var filters = new List<Expression>();
            IReadOnlyList<Grouping>? groupings = null;
            IReadOnlyList<Aggregate>? aggregates = null;
            foreach (var transformation in apply.Transformations)
            {
                if (groupings is not null || aggregates is not null)
                {
                    throw FeedException.Unsupported("$apply takes filter(...) steps, then one groupby or aggregate as its last step.");
                }
                switch (transformation)
                {
                    case FilterTransformationNode filter:
                        NodeBudget.Check(filter.FilterClause.Expression, limits.MaxFilterNodes, "$apply filter");
                        filters.Add(translator.Predicate(filter.FilterClause.Expression));
                        break;
                    case GroupByTransformationNode groupBy:
                        groupings = Groupings(groupBy, translator);
                        aggregates = groupBy.ChildTransformations switch
                        {
                            null => [],
                            AggregateTransformationNode aggregate => Aggregates(aggregate, translator),
                            _ => throw FeedException.Unsupported("groupby takes an aggregate(...) as its only step."),
                        };
                        break;
                    case AggregateTransformationNode aggregate:
                        groupings = [];
                        aggregates = Aggregates(aggregate, translator);
                        break;
                    default:
                        throw FeedException.Unsupported($"$apply supports filter, groupby and aggregate, not {transformation.Kind.ToString().ToLowerInvariant()}.");
                }
            }
            if (groupings is null || aggregates is null)
            {
                throw FeedException.Unsupported("$apply needs a groupby or an aggregate step: with filters alone, use $filter.");
            }
            var names = groupings.Select(g => g.Name).Concat(aggregates.Select(a => a.Alias)).ToList();
            if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                throw FeedException.BadQuery($"$apply names {repeated.Key} twice: give each aggregate an alias of its own.");
            }
            return new ApplyQuery(set, row, filters, groupings, aggregates, top, skip);
        }
        catch (ODataException exception)
        {
            throw FeedException.BadQuery(exception.Message);
        }
    }

    private static List<Grouping> Groupings(GroupByTransformationNode groupBy, ExpressionTranslator translator)
    {
        var groupings = new List<Grouping>();
        foreach (var property in groupBy.GroupingProperties)
        {
            if (property.Expression is null || property.ChildTransformations.Any())
            {
                throw FeedException.Unsupported($"groupby takes the set's own columns; {property.Name} is not one.");
            }
            groupings.Add(new Grouping(property.Name, translator.Value(property.Expression)));
        }
        if (groupings.Count > MaxGroupingColumns)
        {
            throw FeedException.Limit($"groupby takes at most {MaxGroupingColumns} columns.");
        }
        return groupings;
    }

    private static List<Aggregate> Aggregates(AggregateTransformationNode node, ExpressionTranslator translator)
    {
        var aggregates = new List<Aggregate>();
        foreach (var expression in node.AggregateExpressions)
        {
            if (expression is not AggregateExpression aggregate)
            {
                throw FeedException.Unsupported("aggregate takes the set's own columns, not a navigation.");
            }
            aggregates.Add(aggregate.Method switch
            {
                AggregationMethod.VirtualPropertyCount => new Aggregate(aggregate.Alias, AggregateMethod.Count, null),
                AggregationMethod.Sum => Numeric(aggregate, AggregateMethod.Sum, translator),
                AggregationMethod.Average => Numeric(aggregate, AggregateMethod.Average, translator),
                AggregationMethod.Min => new Aggregate(aggregate.Alias, AggregateMethod.Min, Comparable(aggregate, translator)),
                AggregationMethod.Max => new Aggregate(aggregate.Alias, AggregateMethod.Max, Comparable(aggregate, translator)),
                AggregationMethod.CountDistinct => new Aggregate(aggregate.Alias, AggregateMethod.CountDistinct, translator.Value(aggregate.Expression)),
                _ => throw FeedException.Unsupported($"aggregate supports sum, min, max, average, countdistinct and $count, not {aggregate.MethodDefinition?.MethodLabel ?? aggregate.Method.ToString()}."),
            });
        }
        return aggregates;
    }

    private static Aggregate Numeric(AggregateExpression aggregate, AggregateMethod method, ExpressionTranslator translator)
    {
        var value = translator.Value(aggregate.Expression);
        if (!ClrTypes.IsNumeric(value.Type))
        {
            throw FeedException.BadQuery($"{method.ToString().ToLowerInvariant()} takes a number; {Describe(aggregate)} is not one.");
        }
        return new Aggregate(aggregate.Alias, method, value);
    }

    private static Expression Comparable(AggregateExpression aggregate, ExpressionTranslator translator)
    {
        var value = translator.Value(aggregate.Expression);
        var type = ClrTypes.Underlying(value.Type);
        if (type == typeof(bool) || type == typeof(Guid))
        {
            throw FeedException.BadQuery($"min and max take numbers, text and dates; {Describe(aggregate)} is not one.");
        }
        return value;
    }

    private static string Describe(AggregateExpression aggregate) =>
        aggregate.Expression is SingleValuePropertyAccessNode property ? property.Property.Name : "the expression";
}
