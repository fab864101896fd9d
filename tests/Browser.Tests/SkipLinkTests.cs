using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_first_tab_shows_the_skip_link_which_jumps_past_the_navigation_to_the_main_content(bool javaScript)
    {
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target, Viewports.Desktop(javaScript));
            var page = visit.Page;
            var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });

            await page.Keyboard.PressAsync("Tab");
            await Expect(skipLink, $"{target}: the first tab").ToBeFocusedAsync();
            (await skipLink.BoundingBoxAsync())!.Height.ShouldBeGreaterThan(10, $"{target}: the focused skip link is on screen");

            await page.Keyboard.PressAsync("Enter");
            await Expect(page, $"{target}: after the skip link").ToHaveURLAsync(new Uri(fixture.BaseAddress, target.Path + "#main-content").ToString());
            if (javaScript)
            {
                // GOV.UK Frontend focuses <main> itself, so screen readers start reading there.
                await Expect(page.Locator("main#main-content"), $"{target}: after the skip link").ToBeFocusedAsync();
            }
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<bool>("() => document.activeElement.closest('header') === null"))
                .ShouldBeTrue($"{target}: the next tab after the skip link should not land in the header");
        }
    }
}
