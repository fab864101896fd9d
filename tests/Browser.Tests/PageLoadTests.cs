using System.Text.RegularExpressions;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class PageLoadTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_page_loads_without_a_browser_error_under_a_strict_content_security_policy()
    {
        var problems = new List<string>();
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target);
            visit.Policy.ShouldNotBeNull($"{target} is served with the service's content security policy, or this test proves nothing");
            visit.Policy.ShouldContain("script-src 'self'");
            visit.Policy.ShouldContain("style-src 'self'");
            visit.Policy.ShouldNotContain("unsafe-inline");
            problems.AddRange(visit.Problems);
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_page_is_styled_and_scripted_by_GOV_UK_Frontend()
    {
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target);
            var page = visit.Page;

            var stylesheets = await page.EvaluateAsync<string[]>("() => [...document.styleSheets].map(sheet => new URL(sheet.href).pathname)");
            stylesheets.ShouldContain("/lib/govuk/govuk-frontend.min.css", $"{target}: GOV.UK Frontend's stylesheet");
            stylesheets.ShouldContain("/css/site.css", $"{target}: the service's stylesheet");
            // A browser's own body margin is 8px; GOV.UK Frontend's template sets none.
            (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).marginTop")).ShouldBe("0px", $"{target}: GOV.UK styles applied");
            await Expect(page.Locator("body"), $"{target}: supported.js ran").ToHaveClassAsync(FrontendSupported());
            await Expect(page.Locator(".govuk-service-navigation"), $"{target}: init.js started GOV.UK Frontend").ToHaveAttributeAsync("data-govuk-service-navigation-init", "");
        }
    }

    [Fact]
    public async Task Pages_carry_none_of_GOV_UKs_own_brand_because_the_service_is_not_on_GOV_UK()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, ServicePage.Home);
        var page = visit.Page;

        // Not GDS Transport, GOV.UK's typeface: its fallback, Arial.
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).fontFamily")).ShouldStartWith("arial");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.govuk-service-navigation__link')).fontFamily")).ShouldStartWith("arial");
        // GOV.UK Frontend's assets are the typeface and the crown (favicons, crest).
        visit.RequestedPaths.ShouldNotContain(path => path.StartsWith("/assets/", StringComparison.Ordinal));
        (await page.Locator("link[rel~='icon']").GetAttributeAsync("href")).ShouldStartWith("/images/favicon.svg");
        await Expect(page.Locator(".govuk-header, .govuk-logo, .govuk-header__logotype")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_page_is_titled_with_its_own_name_and_then_the_service_name()
    {
        var titles = new List<string>();
        foreach (var target in fixture.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target);
            var title = await visit.Page.TitleAsync();
            title.ShouldMatch(@"^\S.* – Partnership Hub$", $"{target}: the title");
            titles.Add(title);
        }

        titles.ShouldBeUnique();
    }

    [GeneratedRegex(@"\bgovuk-frontend-supported\b")]
    private static partial Regex FrontendSupported();
}
