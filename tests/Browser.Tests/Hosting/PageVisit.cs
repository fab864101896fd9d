using System.Collections.Concurrent;
using Microsoft.Playwright;
using Shouldly;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>
/// One page opened in a browser context of its own, with everything the browser complained about while
/// it loaded: console errors (a refused inline script or style among them), script errors, failed
/// requests and error responses for anything but the page itself.
/// </summary>
public sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _requestedPaths = new();

    private PageVisit(IBrowserContext context, IPage page, ServicePage target)
    {
        _context = context;
        Page = page;
        Target = target;
    }

    public IPage Page { get; }

    public ServicePage Target { get; }

    /// <summary>What went wrong while the page loaded, each prefixed with the page's path.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>The path of every request the page made, itself included.</summary>
    public IReadOnlyList<string> RequestedPaths => [.. _requestedPaths];

    /// <summary>The Content-Security-Policy the page was served with, if any.</summary>
    public string? Policy { get; private set; }

    public static async Task<PageVisit> OpenAsync(BrowserFixture fixture, ServicePage target, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = fixture.BaseAddress.ToString();
        if (target.SignedIn)
        {
            options.StorageState = fixture.SignedInState;
        }
        var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var visit = new PageVisit(context, page, target);
        page.Console += (_, message) => visit.OnConsole(message);
        page.PageError += (_, error) => visit.Report($"script error: {error}");
        page.RequestFailed += (_, request) => visit.Report($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => visit.OnResponse(response);
        page.Request += (_, request) => visit._requestedPaths.Enqueue(new Uri(request.Url).AbsolutePath);

        var response = await page.GotoAsync(target.Path);
        response.ShouldNotBeNull($"{target} did not answer");
        response.Status.ShouldBe(target.Status, $"{target} answered with the wrong status");
        visit.Policy = await response.HeaderValueAsync("content-security-policy");
        return visit;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void OnConsole(IConsoleMessage message)
    {
        // Chromium logs the page's own error status (a 404 page's 404) as a console error; it is the point of the page.
        var isOwnStatus = Target.Status >= 400 && message.Location.StartsWith(Page.Url, StringComparison.Ordinal)
            && message.Text.Contains($"status of {Target.Status}", StringComparison.Ordinal);
        if (message.Type == "error" && !isOwnStatus)
        {
            Report($"console error: {message.Text} ({message.Location})");
        }
    }

    private void OnResponse(IResponse response)
    {
        var isThePage = response.Request.IsNavigationRequest && response.Status == Target.Status;
        if (response.Status >= 400 && !isThePage)
        {
            Report($"HTTP {response.Status}: {response.Url}");
        }
    }

    private void Report(string problem) => _problems.Enqueue($"{Target}: {problem}");
}
