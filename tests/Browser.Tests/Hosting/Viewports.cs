using Microsoft.Playwright;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>The screen sizes the tests use: GOV.UK Frontend lays the navigation out differently on each.</summary>
public static class Viewports
{
    public static BrowserNewContextOptions Desktop(bool javaScript = true) => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        JavaScriptEnabled = javaScript,
    };

    /// <summary>Narrow enough that, with JavaScript, the navigation folds behind a menu button.</summary>
    public static BrowserNewContextOptions Phone(bool javaScript = true) => new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 667 },
        JavaScriptEnabled = javaScript,
    };

    public static BrowserNewContextOptions Named(string name, bool javaScript = true) => name switch
    {
        "desktop" => Desktop(javaScript),
        "phone" => Phone(javaScript),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use desktop or phone."),
    };
}
