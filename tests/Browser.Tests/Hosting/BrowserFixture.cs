using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Partnership.Testing;
using Xunit;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>
/// The real host on a fresh database, served by Kestrel on a free loopback port (a browser cannot reach
/// the in-memory test server), and one headless Chromium, shared by every browser test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private PartnershipHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The served host's services, for a test that needs something in place first (a notice).</summary>
    public IServiceProvider Services { get; private set; } = null!;

    /// <summary>The cookies of a business team member signed in through the sign-in page.</summary>
    public string SignedInState { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    /// <summary>Each enabled module's home screen, as the home page links to it.</summary>
    public IReadOnlyList<ServicePage> ModuleScreens { get; private set; } = [];

    /// <summary>Every page the tests check: the home page, the module screens, the platform's screens, the accessibility statement, a missing page and the error page.</summary>
    public IReadOnlyList<ServicePage> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = new PartnershipHost(_database.ConnectionString);
        var served = _host.WithWebHostBuilder(_ => { });
        served.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        served.StartServer();
        Services = served.Services;
        BaseAddress = new Uri(served.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

        // Expectations pass as soon as they hold; the longer limit only spares a busy build machine a false failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await SystemChromium.LaunchAsync(_playwright);

        SignedInState = await SignInAsync(SignIn.Business);
        ModuleScreens = await DiscoverModuleScreensAsync();
        Pages = [ServicePage.SignIn, ServicePage.Home, .. ModuleScreens, .. ServicePage.Platform, ServicePage.AccessibilityStatement, ServicePage.NotFound, ServicePage.Error];
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            // Disposes the Kestrel-served factory derived from it too.
            await _host.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    /// <summary>Signs in through the real form and returns the browser state that keeps the session.</summary>
    public async Task<string> SignInAsync(string email)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(PartnershipHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(BaseAddress, "/").ToString());
        return await context.StorageStateAsync();
    }

    private async Task<IReadOnlyList<ServicePage>> DiscoverModuleScreensAsync()
    {
        await using var home = await PageVisit.OpenAsync(this, ServicePage.Home);
        var hrefs = await home.Page.Locator("main h2 a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        return [.. hrefs.Select(href => new ServicePage(href))];
    }
}
