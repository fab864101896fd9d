using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Aggregation;

/// <summary>What <c>$apply</c> asked for, translated: the rows kept, the columns grouped by and the values worked out per group.</summary>
internal sealed record ApplyQuery(
    FeedSet Set,
    ParameterExpression Row,
    IReadOnlyList<Expression> Filters,
    IReadOnlyList<Grouping> Groupings,
    IReadOnlyList<Aggregate> Aggregates,
    long? Top,
    long? Skip)
{
    /// <summary>The names of the result's properties, in order: the grouped columns, then the aggregates' aliases.</summary>
    public IReadOnlyList<string> Names => [.. Groupings.Select(g => g.Name), .. Aggregates.Select(a => a.Alias)];
}

/// <summary>A column the rows are grouped by.</summary>
internal sealed record Grouping(string Name, Expression Value);

internal enum AggregateMethod
{
    Sum,
    Min,
    Max,
    Average,
    CountDistinct,
    Count,
}

/// <summary>One value per group: <c>Value with Method as Alias</c>, or <c>$count as Alias</c> (no value).</summary>
internal sealed record Aggregate(string Alias, AggregateMethod Method, Expression? Value);
