using Microsoft.Playwright;

namespace Partnership.Browser.Tests.Hosting;

/// <summary>The machine's own Chromium, driven by Playwright (which does not download a browser of its own here).</summary>
internal static class SystemChromium
{
    private const string ExecutablePath = "/usr/bin/chromium";

    // Without the background-networking switches Chromium keeps calling Google's services (updates,
    // sync, field trials): noise in the logs, and slow timeouts on a network without internet access.
    private static readonly string[] Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive the system's Chromium at {ExecutablePath}. Install it (Debian package 'chromium'); ./build.sh test does so when it can.");
        }
        // Launch (unlike LaunchPersistentContext) gives every run a fresh temporary profile and deletes it on close.
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
