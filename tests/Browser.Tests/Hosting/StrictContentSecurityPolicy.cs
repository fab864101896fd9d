using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>
/// Sends a strict Content-Security-Policy with every response of the host under test: no inline script
/// or style, nothing from another origin. The browser then reports, as a console error, anything on a
/// page that the service's own policy will refuse.
/// </summary>
internal sealed class StrictContentSecurityPolicy : IStartupFilter
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            // On starting, because the error and status-code pages clear the response before they re-execute.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };
}
