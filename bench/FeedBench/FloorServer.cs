using Npgsql;

/// <summary>
/// The floor served over HTTP on loopback, so it pays for the transport to the client as the feed does:
/// <c>/floor?rows=N</c> for a full pull in one request, <c>/preview</c> for the preview page of bench/feed-preview.sh.
/// </summary>
internal sealed class FloorServer(WebApplication app) : IAsyncDisposable
{
    public string Address => app.Urls.Single();

    public static async Task<FloorServer> StartAsync(NpgsqlDataSource source, string address = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/floor", (HttpContext context, long rows) => WriteAsync(context, source, ActionsSql.Select(rows)));
        app.MapGet("/preview", (HttpContext context) => WriteAsync(context, source, ActionsSql.Preview));
        await app.StartAsync();
        return new FloorServer(app);
    }

    /// <summary>Until the process is asked to stop (SIGTERM or Ctrl+C).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static async Task WriteAsync(HttpContext context, NpgsqlDataSource source, string sql)
    {
        context.Response.ContentType = "application/json";
        await Floor.WriteAsync(source, sql, context.Response.BodyWriter);
    }
}
