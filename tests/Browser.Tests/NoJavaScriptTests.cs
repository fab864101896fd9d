using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class NoJavaScriptTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Without_JavaScript_every_page_shows_its_content_and_the_whole_navigation(string viewport)
    {
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target, Viewports.Named(viewport, javaScript: false));
            var page = visit.Page;

            await Expect(page.Locator("body"), $"{target}: no script ran").Not.ToHaveClassAsync(FrontendSupported());
            await Expect(page.Locator("main h1"), $"{target}: the heading").ToBeVisibleAsync();
            // With no script to open it, a menu button would hide the navigation for good.
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Menu" }), $"{target}: the menu button").ToBeHiddenAsync();
            foreach (var module in target.SignedIn ? fixture.ModuleScreens : [])
            {
                await Expect(page.Locator($".govuk-service-navigation__list a[href='{module.Path}']"), $"{target}: the link to {module}").ToBeVisibleAsync();
            }
            await Expect(page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }), $"{target}: the footer").ToBeVisibleAsync();
            visit.Problems.ShouldBeEmpty();
        }
    }

    [GeneratedRegex(@"\bgovuk-frontend-supported\b")]
    private static partial Regex FrontendSupported();
}
