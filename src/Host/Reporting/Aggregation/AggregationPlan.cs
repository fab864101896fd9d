using System.Linq.Expressions;
using System.Reflection;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Aggregation;

/// <summary>
/// Builds the LINQ for <c>$apply</c> on the rows the user may read: the filters, then one GroupBy whose
/// key is a tuple of the grouped columns, ordered by them and paged, each group projected to an array
/// of its columns and aggregates. EF Core makes it one SQL statement with GROUP BY.
/// </summary>
internal static class AggregationPlan
{
    public static IQueryable<object?[]> Groups(IQueryable readable, ApplyQuery query, int skip, int take)
    {
        var rows = readable;
        foreach (var filter in query.Filters)
        {
            rows = Call(nameof(Queryable.Where), [query.Row.Type], rows, Expression.Lambda(filter, query.Row));
        }
        var key = Key(query.Groupings.Select(g => g.Value).ToList());
        var grouped = Call(nameof(Queryable.GroupBy), [query.Row.Type, key.Type], rows, Expression.Lambda(key, query.Row));
        var group = Expression.Parameter(grouped.ElementType, "group");
        var keyParts = System.Linq.Enumerable.Range(0, query.Groupings.Count).Select(i => (Expression)Expression.Property(Expression.Property(group, "Key"), $"Item{i + 1}")).ToList();
        for (var i = 0; i < keyParts.Count; i++)
        {
            grouped = Call(i == 0 ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy), [group.Type, keyParts[i].Type], grouped, Expression.Lambda(keyParts[i], group));
        }
        if (skip > 0)
        {
            grouped = Call(nameof(Queryable.Skip), [group.Type], grouped, Expression.Constant(skip));
        }
        grouped = Call(nameof(Queryable.Take), [group.Type], grouped, Expression.Constant(take));
        var values = keyParts.Concat(query.Aggregates.Select(a => Value(a, group, query.Row)))
            .Select(v => Expression.Convert(v, typeof(object)));
        return (IQueryable<object?[]>)Call(nameof(Queryable.Select), [group.Type, typeof(object[])], grouped, Expression.Lambda(Expression.NewArrayInit(typeof(object), values), group));
    }

    /// <summary>A tuple of the grouped columns; with none, one group of every row.</summary>
    private static Expression Key(List<Expression> columns)
    {
        if (columns.Count == 0)
        {
            return Expression.Constant(1);
        }
        var type = typeof(Tuple).Assembly.GetType($"System.Tuple`{columns.Count}")!.MakeGenericType([.. columns.Select(c => c.Type)]);
        var members = System.Linq.Enumerable.Range(1, columns.Count).Select(i => (MemberInfo)type.GetProperty($"Item{i}")!);
        return Expression.New(type.GetConstructors().Single(), columns, members);
    }

    private static MethodCallExpression Value(Aggregate aggregate, ParameterExpression group, ParameterExpression row)
    {
        if (aggregate.Method == AggregateMethod.Count)
        {
            return Expression.Call(EnumerableMethod("Count", 1, 1).MakeGenericMethod(row.Type), group);
        }
        var value = aggregate.Value!;
        if (aggregate.Method == AggregateMethod.CountDistinct)
        {
            var selected = Expression.Call(EnumerableMethod("Select", 2, 2).MakeGenericMethod(row.Type, value.Type), group, Expression.Lambda(value, row));
            var distinct = Expression.Call(EnumerableMethod("Distinct", 1, 1).MakeGenericMethod(value.Type), selected);
            return Expression.Call(EnumerableMethod("Count", 1, 1).MakeGenericMethod(value.Type), distinct);
        }
        if (aggregate.Method is AggregateMethod.Min or AggregateMethod.Max)
        {
            return Expression.Call(EnumerableMethod(aggregate.Method.ToString(), 2, 2).MakeGenericMethod(row.Type, value.Type), group, Expression.Lambda(value, row));
        }
        // Whole numbers are summed as 64-bit, so a sum cannot overflow a column's own type.
        if (ClrTypes.Underlying(value.Type) == typeof(int))
        {
            value = Expression.Convert(value, ClrTypes.IsNullable(value.Type) ? typeof(long?) : typeof(long));
        }
        var method = typeof(System.Linq.Enumerable).GetMethods().Single(m => m.Name == aggregate.Method.ToString() && m.IsGenericMethodDefinition
            && m.GetParameters() is [_, { ParameterType: var selector }] && selector.GetGenericArguments()[1] == value.Type);
        return Expression.Call(method.MakeGenericMethod(row.Type), group, Expression.Lambda(value, row));
    }

    /// <summary>The Enumerable method of that name with so many type parameters and parameters.</summary>
    private static MethodInfo EnumerableMethod(string name, int typeParameters, int parameters) =>
        typeof(System.Linq.Enumerable).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition
            && m.GetGenericArguments().Length == typeParameters && m.GetParameters().Length == parameters
            && (parameters == 1 || m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>)));

    private static IQueryable Call(string method, Type[] types, IQueryable source, Expression argument) =>
        source.Provider.CreateQuery(Expression.Call(typeof(Queryable), method, types, source.Expression,
            argument is LambdaExpression lambda ? Expression.Quote(lambda) : argument));
}
