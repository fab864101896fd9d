using System.Linq.Expressions;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Query;

/// <summary>
/// Reads a set request's query options with ODataLib's parser and translates them. An option the feed
/// does not carry out is refused, never ignored: a client would take unfiltered rows for filtered ones.
/// </summary>
internal static class QueryParser
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "$filter", "$select", "$orderby", "$top", "$skip", "$count", "$skiptoken", "$format", "$apply", "$expand",
    };

    private static readonly Dictionary<string, string> NotYet = new(StringComparer.Ordinal)
    {
        ["$search"] = "$search is not supported: use $filter with contains.",
        ["$compute"] = "$compute is not supported.",
    };

    /// <summary>Refuses unknown, unsupported and repeated system query options.</summary>
    public static void CheckOptions(IQueryCollection query)
    {
        foreach (var (name, values) in query.Where(q => q.Key.StartsWith('$')))
        {
            if (NotYet.TryGetValue(name, out var message))
            {
                throw FeedException.Unsupported(message);
            }
            if (!Supported.Contains(name))
            {
                throw FeedException.Unsupported($"The query option {name} is not supported.");
            }
            if (values.Count > 1)
            {
                throw FeedException.BadQuery($"The query option {name} is given more than once.");
            }
            if (string.IsNullOrWhiteSpace(values.ToString()))
            {
                throw FeedException.BadQuery($"The query option {name} has no value.");
            }
        }
        if (query.TryGetValue("$format", out var format) && !string.Equals(format.ToString(), "json", StringComparison.OrdinalIgnoreCase)
            && !format.ToString().StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw FeedException.Unsupported("Only $format=json is supported.");
        }
    }

    public static ODataUriParser Parser(ReportingModel model, Uri serviceRoot, Uri request) =>
        new(model.Edm, serviceRoot, request)
        {
            Resolver = new ODataUriResolver { EnableCaseInsensitive = false },
            // Above the feed's own MaxExpandDepth, which SelectionParser checks with a message naming it.
            Settings = { MaximumExpansionDepth = 16 },
        };

    public static FeedQuery Parse(ODataUriParser parser, FeedSet set, object? key, IQueryCollection query, FeedLimits limits, DateTimeOffset now, ReadableRows readable)
    {
        var row = Expression.Parameter(set.Source.RowType, "row");
        var translator = new ExpressionTranslator(set, row, now, readable);
        try
        {
            var filter = parser.ParseFilter();
            if (filter is not null)
            {
                NodeBudget.Check(filter.Expression, limits.MaxFilterNodes, "$filter");
            }
            var orderBy = parser.ParseOrderBy();
            var selection = new SelectionParser(limits, now, readable).Read(parser.ParseSelectAndExpand(), set, row);
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
            if (skip > int.MaxValue)
            {
                throw FeedException.Limit($"$skip is over the limit of {int.MaxValue} rows.");
            }
            return new FeedQuery(
                set,
                row,
                selection,
                filter is null ? null : translator.Predicate(filter.Expression),
                Order(orderBy, set, translator, limits),
                top,
                skip,
                parser.ParseCount() ?? false,
                key,
                query.TryGetValue("$skiptoken", out var token) ? token.ToString() : null);
        }
        catch (ODataException exception) when (exception.Message.Contains("Recursion depth", StringComparison.Ordinal))
        {
            throw FeedException.Limit("The query is too complex: it nests deeper than the parser allows (MaxFilterNodes). Filter on fewer values, or with in (...).");
        }
        catch (ODataException exception)
        {
            throw FeedException.BadQuery(exception.Message);
        }
    }

    /// <summary>The requested ordering, always ending with the key so pages are stable.</summary>
    public static List<OrderTerm> Order(OrderByClause? clause, FeedSet set, ExpressionTranslator translator, FeedLimits limits)
    {
        var terms = new List<OrderTerm>();
        var keyOrdered = false;
        for (var term = clause; term is not null; term = term.ThenBy)
        {
            NodeBudget.Check(term.Expression, limits.MaxFilterNodes, "$orderby");
            var value = translator.Value(term.Expression);
            if (ClrTypes.Underlying(value.Type) == typeof(bool) && value is not MemberExpression || ClrTypes.Underlying(value.Type) == typeof(Guid) && value is not MemberExpression)
            {
                throw FeedException.Unsupported("$orderby takes columns, and expressions that are numbers, text or dates.");
            }
            terms.Add(new OrderTerm(value, term.Direction == OrderByDirection.Descending));
            if (value is MemberExpression { Member: var member } && member == set.Key.Property)
            {
                keyOrdered = true;
                break;
            }
        }
        if (terms.Count > limits.MaxOrderByTerms)
        {
            throw FeedException.Limit($"$orderby has more than {limits.MaxOrderByTerms} terms (MaxOrderByTerms).");
        }
        if (!keyOrdered)
        {
            terms.Add(new OrderTerm(Expression.Property(translator.Row, set.Key.Property), false));
        }
        return terms;
    }
}
