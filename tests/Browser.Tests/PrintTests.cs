using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_printed_page_is_its_content_without_the_navigation()
    {
        foreach (var target in new[] { ServicePage.Home, fixture.ModuleScreens[0] })
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target);
            var page = visit.Page;

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            await Expect(page.Locator(".govuk-service-navigation__list"), $"{target}: navigation").ToBeHiddenAsync();
            await Expect(page.Locator("footer"), $"{target}: footer").ToBeHiddenAsync();
            await Expect(page.Locator(".govuk-skip-link"), $"{target}: skip link").ToBeHiddenAsync();
            await Expect(page.Locator("main h1"), $"{target}: heading").ToBeVisibleAsync();
        }
    }
}
