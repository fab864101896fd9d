using Npgsql;

/// <summary>
/// The floor served over HTTP on loopback, one request for all the rows, so it pays for the transport
/// to the client as the feed does.
/// </summary>
internal sealed class FloorServer(WebApplication app) : IAsyncDisposable
{
    public string Address => app.Urls.Single();

    public static async Task<FloorServer> StartAsync(NpgsqlDataSource source)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/floor", async (HttpContext context, long rows) =>
        {
            context.Response.ContentType = "application/json";
            await Floor.WriteAsync(source, rows, context.Response.BodyWriter);
        });
        await app.StartAsync();
        return new FloorServer(app);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
