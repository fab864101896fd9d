using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Npgsql;
using Partnership.Host.Data;
using Partnership.Host.Reporting.Aggregation;
using Partnership.Host.Reporting.Authentication;
using Partnership.Host.Reporting.Limits;
using Partnership.Host.Reporting.Model;
using Partnership.Host.Reporting.Output;
using Partnership.Host.Reporting.Paging;
using Partnership.Host.Reporting.Query;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Reporting;

/// <summary>
/// The OData v4 reporting feed at <c>/odata</c>: the service document, <c>$metadata</c>, each set with
/// its query options, <c>/$count</c> and lookup by key. Every answer carries one OData-Version header;
/// every refusal is OData error JSON.
/// </summary>
internal sealed partial class ReportingFeed(ReportingModel model, FeedLimits limits, TimeProvider time, ILogger<ReportingFeed> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        FeedResponse.Versioned(response);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(limits.QueryTimeout);
        try
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                throw new FeedException(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "The reporting feed is read-only: use GET.");
            }
            var principal = await context.RequestServices.GetRequiredService<FeedAuthentication>().AuthenticateAsync(context.Request, timeout.Token);
            if (principal is null)
            {
                FeedAuthentication.Refuse(response);
                throw new FeedException(StatusCodes.Status401Unauthorized, "Unauthorized",
                    "Sign in with Basic authentication (your email and a reporting token from your account page), or give the token as an API key.");
            }
            context.User = principal;
            await RouteAsync(context, timeout.Token);
        }
        catch (Exception exception) when (!response.HasStarted && Refusal(exception, timeout, context) is { } refusal)
        {
            await FeedResponse.ErrorAsync(response, refusal.Status, refusal.Code, refusal.Message);
        }
        catch (Exception exception) when (response.HasStarted)
        {
            // Half a payload must not look like a whole one: end the connection.
            LogBrokenStream(logger, exception);
            context.Abort();
        }
    }

    private FeedException? Refusal(Exception exception, CancellationTokenSource timeout, HttpContext context)
    {
        switch (exception)
        {
            case FeedException refused:
                return refused;
            case ODataException odata:
                return FeedException.BadQuery(odata.Message);
            case OperationCanceledException when timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested:
                return FeedException.Limit($"The query took longer than the limit of {limits.QueryTimeout.TotalSeconds:0} seconds (QueryTimeout).");
            case OperationCanceledException:
                return null;
            case PostgresException { SqlState: var state } postgres when state.StartsWith("22", StringComparison.Ordinal):
                return FeedException.BadQuery($"The database cannot evaluate the query: {postgres.MessageText}.");
            case InvalidOperationException when exception.Message.Contains("could not be translated", StringComparison.Ordinal):
                LogUntranslated(logger, exception);
                return FeedException.Unsupported("The query uses an expression the database cannot evaluate.");
            default:
                LogFailure(logger, exception);
                return new FeedException(StatusCodes.Status500InternalServerError, "InternalError", "The feed failed to answer. The failure is logged.");
        }
    }

    private async Task RouteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var serviceRoot = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/");
        var path = request.Path.Value ?? "";
        if (path is "" or "/")
        {
            await DocumentWriter.ServiceDocumentAsync(context.Response, model, serviceRoot);
            return;
        }
        if (path == "/$metadata")
        {
            await DocumentWriter.MetadataAsync(context.Response, model);
            return;
        }
        QueryParser.CheckOptions(request.Query);
        var parser = QueryParser.Parser(model, new Uri(serviceRoot), new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, request.QueryString)));
        ODataPath odataPath;
        try
        {
            odataPath = parser.ParsePath();
        }
        catch (ODataException)
        {
            throw FeedException.NotFound($"The feed has no {path.TrimStart('/')}: see the service document for its sets.");
        }
        var (set, key, count) = Target(odataPath);
        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (request.Query.ContainsKey("$apply"))
        {
            if (key is not null || count)
            {
                throw FeedException.Unsupported("$apply applies to a whole set, not to one row or /$count.");
            }
            var apply = ApplyParser.Parse(parser, set, request.Query, limits, time.GetUtcNow());
            var readable = QueryPlan.Readable(set, apply.Row, context.RequestServices, user);
            await RecordAsync(context, set, await SendGroupsAsync(context, serviceRoot, apply, readable, cancellationToken));
            return;
        }
        var query = QueryParser.Parse(parser, set, key, request.Query, limits, time.GetUtcNow(), QueryPlan.ReadableRows(context.RequestServices, user));
        var matching = QueryPlan.Matching(query, context.RequestServices, user);
        if (count)
        {
            var total = await QueryPlan.Counting(matching, query).LongCountAsync(cancellationToken);
            context.Response.ContentType = "text/plain;charset=utf-8";
            await context.Response.WriteAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            return;
        }
        var rows = key is null
            ? await SendPageAsync(context, serviceRoot, query, matching, cancellationToken)
            : await SendEntityAsync(context, serviceRoot, query, matching, cancellationToken);
        await RecordAsync(context, set, rows);
    }

    private (FeedSet Set, object? Key, bool Count) Target(ODataPath path)
    {
        var segments = path.ToList();
        if (segments is not [EntitySetSegment first, ..])
        {
            throw FeedException.NotFound("The feed serves entity sets, $metadata and the service document.");
        }
        var set = model.Find(first.EntitySet.Name)!;
        return segments switch
        {
            [EntitySetSegment] => (set, null, false),
            [EntitySetSegment, CountSegment] => (set, null, true),
            [EntitySetSegment, KeySegment key] => (set, key.Keys.Single().Value, false),
            _ => throw FeedException.Unsupported("Addresses below a row (a single column, $value, navigation) are not supported: use $select."),
        };
    }

    private async Task<long> SendPageAsync(HttpContext context, string serviceRoot, FeedQuery query, IQueryable matching, CancellationToken cancellationToken)
    {
        var preferences = Preferences.Read(context.Request, limits);
        var after = query.SkipToken is null ? null : SkipToken.Decode(query.SkipToken, [.. query.Order.Select(o => o.Value.Type)]);
        var limit = (int)Math.Min(preferences.PageSize, query.Top ?? long.MaxValue);
        var mayContinue = query.Top is null || query.Top > limit;
        long? total = query.Count ? await QueryPlan.Counting(matching, query).LongCountAsync(cancellationToken) : null;
        var page = QueryPlan.Page(matching, query, after, limit + (mayContinue ? 1 : 0));

        await using var rows = page.AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        // The first row is read before anything is written, so a query the database refuses still gets an error answer.
        var more = await rows.MoveNextAsync();
        var response = context.Response;
        response.ContentType = FeedResponse.JsonContentType;
        if (preferences.Applied() is { } applied)
        {
            response.Headers["Preference-Applied"] = applied;
        }
        await using var writer = new SetWriter(response, query.Columns.Select(c => c.Name), preferences.OmitNulls, query.Selection.Expansions);
        writer.StartCollection(SetWriter.Context(serviceRoot, query.Set, query.Selection.ContextList(), single: false), total);
        long written = 0;
        object?[]? last = null;
        while (more && written < limit)
        {
            last = rows.Current;
            await writer.RowAsync(last, cancellationToken);
            written++;
            more = await rows.MoveNextAsync();
        }
        var nextLink = more && last is not null ? NextLink(context.Request, serviceRoot, query, last, written) : null;
        await writer.EndCollectionAsync(nextLink);
        return written;
    }

    private async Task<long> SendEntityAsync(HttpContext context, string serviceRoot, FeedQuery query, IQueryable matching, CancellationToken cancellationToken)
    {
        var found = await QueryPlan.Page(matching, query, after: null, take: 1).FirstOrDefaultAsync(cancellationToken)
            ?? throw FeedException.NotFound($"{query.Set.Name} has no row with that key, or it is not yours to see.");
        var preferences = Preferences.Read(context.Request, limits);
        context.Response.ContentType = FeedResponse.JsonContentType;
        if (preferences.OmitNulls)
        {
            context.Response.Headers["Preference-Applied"] = "omit-values=nulls";
        }
        await using var writer = new SetWriter(context.Response, query.Columns.Select(c => c.Name), preferences.OmitNulls, query.Selection.Expansions);
        await writer.EntityAsync(SetWriter.Context(serviceRoot, query.Set, query.Selection.ContextList(), single: true), found);
        return 1;
    }

    /// <summary>
    /// The groups (or the one row of totals) an <c>$apply</c> gives, a page at a time; the next link
    /// carries on with <c>$skip</c>, as the groups have no key of their own.
    /// </summary>
    private async Task<long> SendGroupsAsync(HttpContext context, string serviceRoot, ApplyQuery apply, IQueryable readable, CancellationToken cancellationToken)
    {
        var preferences = Preferences.Read(context.Request, limits);
        var limit = (int)Math.Min(preferences.PageSize, apply.Top ?? long.MaxValue);
        var skip = (int)Math.Min(apply.Skip ?? 0, int.MaxValue);
        var groups = await AggregationPlan.Groups(readable, apply, skip, limit + 1).ToListAsync(cancellationToken);
        if (apply.Groupings.Count == 0 && groups.Count == 0 && skip == 0)
        {
            // No rows, yet the totals of nothing are still one row: counts of 0, and no sum, minimum or average.
            groups.Add([.. apply.Aggregates.Select(a => a.Method is AggregateMethod.Count or AggregateMethod.CountDistinct ? (object?)0 : null)]);
        }
        var response = context.Response;
        response.ContentType = FeedResponse.JsonContentType;
        if (preferences.Applied() is { } applied)
        {
            response.Headers["Preference-Applied"] = applied;
        }
        await using var writer = new SetWriter(response, apply.Names, preferences.OmitNulls);
        writer.StartCollection(SetWriter.Context(serviceRoot, apply.Set, string.Join(",", apply.Names), single: false), count: null);
        var written = 0;
        foreach (var group in groups.Take(limit))
        {
            await writer.RowAsync(group, cancellationToken);
            written++;
        }
        var more = groups.Count > limit && (apply.Top is null || apply.Top > written);
        await writer.EndCollectionAsync(more ? GroupsNextLink(context.Request, serviceRoot, apply, skip + written, written) : null);
        return written;
    }

    /// <summary>The same query from the row after <paramref name="last"/>, with what is left of $top.</summary>
    private static string NextLink(HttpRequest request, string serviceRoot, FeedQuery query, object?[] last, long written) =>
        ContinuedLink(request, serviceRoot, query.Set, query.Top, written, "$skiptoken=" + SkipToken.Encode(last.Skip(query.Selection.Width).ToList()));

    /// <summary>The same groups after the first <paramref name="skip"/>: groups have no key of their own, so $skip is the position.</summary>
    private static string GroupsNextLink(HttpRequest request, string serviceRoot, ApplyQuery apply, long skip, long written) =>
        ContinuedLink(request, serviceRoot, apply.Set, apply.Top, written, "$skip=" + skip.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The request's options as given, but without $skip and $skiptoken, $top lowered by the rows written, and
    /// <paramref name="position"/> added.
    /// </summary>
    private static string ContinuedLink(HttpRequest request, string serviceRoot, FeedSet set, long? top, long written, string position)
    {
        var parts = new List<string>();
        foreach (var (name, values) in request.Query)
        {
            if (name is "$skiptoken" or "$skip")
            {
                continue;
            }
            var value = name == "$top" ? (top!.Value - written).ToString(System.Globalization.CultureInfo.InvariantCulture) : values.ToString();
            parts.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
        }
        parts.Add(position);
        return serviceRoot + set.Name + "?" + string.Join("&", parts);
    }

    /// <summary>Each pull is kept in the audit trail: who, which set, when, how many rows.</summary>
    private static async Task RecordAsync(HttpContext context, FeedSet set, long rows)
    {
        var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
        var query = context.Request.Query.Where(q => q.Key.StartsWith('$') && q.Key != "$skiptoken").Select(q => $"{q.Key}={q.Value}");
        var continued = context.Request.Query.ContainsKey("$skiptoken") ? " (a further page)" : "";
        db.RecordEvent("ReportingFeedRead", set.Name, null, $"{rows} rows{continued}; {string.Join("&", query)}".TrimEnd(' ', ';'));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(LogLevel.Warning, "A reporting feed response failed after it started; the connection was ended.")]
    private static partial void LogBrokenStream(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "A reporting feed query could not be translated to SQL.")]
    private static partial void LogUntranslated(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Error, "The reporting feed failed.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
