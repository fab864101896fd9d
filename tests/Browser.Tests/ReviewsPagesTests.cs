using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>The review register, adding a review with its errors, and holding a review, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewsPagesTests(BrowserFixture fixture)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_register_filters_and_a_review_is_added_after_its_errors_are_put_right()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews"));
        var page = visit.Page;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "SCR-2010-01" })).ToBeVisibleAsync();
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Thematic review" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "SCR-2010-01" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "TR-2013-01" })).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a review" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the review's reference");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByLabel("Reference").FillAsync("TR-BROWSER-1");
        await page.GetByLabel("Type of review").SelectOptionAsync(new SelectOptionValue { Label = "Thematic review" });
        await page.GetByLabel("Subject, as published").FillAsync("Neglect of teenagers");
        var commissioned = page.GetByRole(AriaRole.Group, new() { Name = "When the review was commissioned" });
        await commissioned.GetByLabel("Day").FillAsync("8");
        await commissioned.GetByLabel("Month").FillAsync("1");
        await commissioned.GetByLabel("Year").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the review" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Neglect of teenagers");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Holding_a_review_without_a_reason_shows_the_error_then_the_hold_shows_on_the_review()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews?type=LocalCspr"));
        var page = visit.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "CSPR-2021-01" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Shae and Ashley");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        var heldFrom = page.GetByRole(AriaRole.Group, new() { Name = "Held from" });
        await page.GetByLabel("Police investigation").CheckAsync();
        await heldFrom.GetByLabel("Day").FillAsync("1");
        await heldFrom.GetByLabel("Month").FillAsync("2");
        await heldFrom.GetByLabel("Year").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hold the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why the review is held");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByLabel("Police investigation").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("A charging decision is awaited.");
        foreach (var (group, day) in new[] { ("Held from", "1"), ("Date to look again", "1") })
        {
            var dates = page.GetByRole(AriaRole.Group, new() { Name = group });
            await dates.GetByLabel("Day").FillAsync(day);
            await dates.GetByLabel("Month").FillAsync(group == "Held from" ? "2" : "6");
            await dates.GetByLabel("Year").FillAsync("2022");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Hold the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("Held for the police investigation since 1 February 2022");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume the review" })).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }
}
