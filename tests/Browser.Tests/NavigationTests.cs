using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    private const string NavigationLinks = ".govuk-service-navigation__list a";

    [Fact]
    public async Task Every_page_lists_the_modules_in_the_service_navigation_and_marks_only_the_current_one()
    {
        fixture.ModuleScreens.ShouldNotBeEmpty("the home page should link to each enabled module");
        // Signed out, the navigation offers nothing but the way in.
        foreach (var target in fixture.Pages.Where(page => page.SignedIn))
        {
            await using var visit = await PageVisit.OpenAsync(fixture, target);
            var page = visit.Page;

            var listed = await HrefsAsync(page.Locator(NavigationLinks));
            fixture.ModuleScreens.Select(module => module.Path).ShouldBeSubsetOf(listed, $"{target}: the navigation should list every module");

            // A page's own link is the current page; a page inside a section (the account's tokens) marks its section.
            string[] current = [.. listed.Where(href => href == target.Path)];
            string[] section = [.. listed.Where(href => href == target.Path || target.Path.StartsWith(href + "/", StringComparison.Ordinal))];
            (await HrefsAsync(page.Locator($"{NavigationLinks}[aria-current='page']"))).ShouldBe(current, $"{target}: the link marked as the current page");
            (await HrefsAsync(page.Locator($"{NavigationLinks}[aria-current='true']"))).ShouldBe(section.Except(current), $"{target}: the link marked as the current section");
            // Marked for sighted users too, in a way that survives the user's own colours.
            (await HrefsAsync(page.Locator(".govuk-service-navigation__item--active a:has(strong.govuk-service-navigation__active-fallback)")))
                .ShouldBe(section, $"{target}: the link shown as the current page or section");
        }
    }

    [Fact]
    public async Task The_service_name_in_the_header_leads_home()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, fixture.ModuleScreens[0]);

        await visit.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Partnership Hub", Exact = true }).ClickAsync();

        await Expect(visit.Page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/").ToString());
    }

    [Fact]
    public async Task On_a_phone_the_navigation_folds_behind_a_menu_button_that_opens_it()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, ServicePage.Home, Viewports.Phone());
        var page = visit.Page;
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var list = page.Locator(".govuk-service-navigation__list");

        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(list).ToBeHiddenAsync();

        await menu.ClickAsync();

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(list).ToBeVisibleAsync();
        visit.Problems.ShouldBeEmpty();
    }

    private static Task<string[]> HrefsAsync(ILocator links) =>
        links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
}
