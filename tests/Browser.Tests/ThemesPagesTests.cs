using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>Themes across reviews from the register, their drill-down, a search of the register, the theme list and learning, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemesPagesTests(BrowserFixture fixture)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_themes_of_a_period_are_two_clicks_from_the_register_and_each_count_drills_down()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews"));
        var page = visit.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Themes across reviews, by type and agency" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Themes across reviews");
        await Expect(page.Locator("main h2").First).ToContainTextAsync($"1 January {DateTime.UtcNow.Year - 1}");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        var from = page.GetByRole(AriaRole.Group, new() { Name = "From" });
        await from.GetByLabel("Day").FillAsync("31");
        await from.GetByLabel("Month").FillAsync("2");
        await from.GetByLabel("Year").FillAsync("2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show themes" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The start of the period must be a real date");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await from.GetByLabel("Day").FillAsync("1");
        await from.GetByLabel("Month").FillAsync("5");
        var to = page.GetByRole(AriaRole.Group, new() { Name = "To" });
        await to.GetByLabel("Day").FillAsync("31");
        await to.GetByLabel("Month").FillAsync("12");
        await to.GetByLabel("Year").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show themes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Themes by type of review" })).ToContainTextAsync("Professional curiosity");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Themes by agency" })).ToContainTextAsync("Lancashire Constabulary");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "1 review of type child safeguarding practice review with Disguised compliance" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Disguised compliance: reviews (child safeguarding practice review)");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSPR-2021-06", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-summary-card").First).ToContainTextAsync("accepted assurances");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_search_of_the_register_shows_the_learning_that_matched_with_the_filters_kept()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews"));
        var page = visit.Page;
        await page.GetByLabel("Search reviews and their learning").FillAsync("food parcels");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Child safeguarding practice review" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSPR-2022-06" })).ToBeVisibleAsync();
        await Expect(page.Locator("main mark").First).ToHaveTextAsync("food");
        await Expect(page.GetByText("1 review match")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Search reviews and their learning")).ToHaveValueAsync("food parcels");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByLabel("Search reviews and their learning").FillAsync("xylophone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.GetByText("No reviews match.")).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_theme_list_and_a_reviews_themes_and_learning_are_edited_after_their_errors()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews/themes"));
        var page = visit.Page;
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a theme" }).ClickAsync();
        await page.GetByLabel("Name of the theme").FillAsync("neglect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the theme" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There is already a theme called neglect");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByLabel("Name of the theme").FillAsync("Private fostering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the theme" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Private fostering has been added");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retire Private fostering" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, retire" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Private fostering has been retired");

        await page.GotoAsync("/reviews?q=shae");
        await page.GetByRole(AriaRole.Link, new() { Name = "CSPR-2021-01" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the themes of CSPR-2021-01" }).ClickAsync();
        await Expect(page.GetByLabel("Private fostering")).ToHaveCountAsync(0);
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByLabel("Neglect").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).ClickAsync();
        await Expect(page.Locator("#themes + ul")).ToContainTextAsync("Neglect");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add key learning or good practice" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add it to the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what the review found");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByLabel("Good practice").CheckAsync();
        await page.GetByLabel("What the review found").FillAsync("Schools shared attendance concerns the same day.");
        await page.GetByLabel("Voice of the child").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add it to the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-summary-card").Last).ToContainTextAsync("Schools shared attendance concerns the same day.");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }
}
