using System.Linq.Expressions;
using Partnership.Host.Reporting.Model;
using Partnership.Host.Reporting.Paging;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Reporting;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Builds the LINQ for a feed query on the set's own IQueryable: the access rule, the filter, the
/// keyset position, the ordering and the page, projected to the columns asked for. EF Core makes it
/// one SQL statement.
/// </summary>
internal static class QueryPlan
{
    /// <summary>The rows the user may read that match the filter (and the key, for a lookup).</summary>
    public static IQueryable Matching(FeedQuery query, IServiceProvider services, ICurrentUser user)
    {
        var set = query.Set;
        var rows = Readable(set, query.Row, services, user);
        if (query.Filter is not null)
        {
            rows = Where(rows, query.Row, query.Filter);
        }
        if (query.Key is not null)
        {
            var key = Expression.Property(query.Row, set.Key.Property);
            rows = Where(rows, query.Row, Expression.Equal(key, Parameter.Of(query.Key, key.Type)));
        }
        return rows;
    }

    /// <summary>The access rule of every set, for the sub-queries of navigations (<c>$expand</c>, <c>any</c>, <c>all</c>).</summary>
    public static ReadableRows ReadableRows(IServiceProvider services, ICurrentUser user) =>
        (set, row) => Readable(set, row, services, user);

    /// <summary>The set's rows the user may read: the set's access rule, the one place the feed applies it.</summary>
    public static IQueryable Readable(FeedSet set, ParameterExpression row, IServiceProvider services, ICurrentUser user)
    {
        var rows = set.Source.Rows(services);
        if (set.Source.Access.Kind == ReportingAccessKind.BusinessTeamOnly && !user.IsSystem && !user.IsInRole(Roles.BusinessTeam))
        {
            throw new FeedException(StatusCodes.Status403Forbidden, "Forbidden", $"{set.Name} is for the business team only.");
        }
        if (set.Source.Access is { Kind: ReportingAccessKind.AgencyOwned, AgencyColumn: { } agencyColumn } && !AccessRules.SeesAllAgencies(user))
        {
            var agency = Expression.Property(row, set.Column(agencyColumn)!.Property);
            rows = Where(rows, row, Expression.Equal(agency, Parameter.Of(user.AgencyId ?? Guid.Empty, typeof(Guid))));
        }
        return rows;
    }

    /// <summary>How many rows match: for <c>$count=true</c> and <c>/$count</c>.</summary>
    public static IQueryable<int> Counting(IQueryable matching, FeedQuery query) =>
        (IQueryable<int>)Select(matching, query.Row, Expression.Constant(1));

    /// <summary>
    /// One page: each row an array of the selected columns' values and the expanded rows, followed by the
    /// ordering values the next page's skip token is made of.
    /// </summary>
    public static IQueryable<object?[]> Page(IQueryable matching, FeedQuery query, object?[]? after, int take)
    {
        var rows = matching;
        if (after is not null)
        {
            rows = Where(rows, query.Row, Keyset.After(query.Order, after));
        }
        var ordered = QueryableCalls.Ordered(rows.Expression, query.Row, query.Order);
        if (after is null && query.Skip is > 0)
        {
            ordered = QueryableCalls.Skip(ordered, query.Row.Type, (int)query.Skip.Value);
        }
        ordered = QueryableCalls.Take(ordered, query.Row.Type, take);
        var values = query.Selection.Values(query.Row).Concat(query.Order.Select(o => Expression.Convert(o.Value, typeof(object))));
        return (IQueryable<object?[]>)rows.Provider.CreateQuery(QueryableCalls.Select(ordered, query.Row, Expression.NewArrayInit(typeof(object), values)));
    }

    private static IQueryable Where(IQueryable rows, ParameterExpression row, Expression predicate) =>
        rows.Provider.CreateQuery(QueryableCalls.Where(rows.Expression, row, predicate));

    private static IQueryable Select(IQueryable rows, ParameterExpression row, Expression value) =>
        rows.Provider.CreateQuery(QueryableCalls.Select(rows.Expression, row, value));
}
