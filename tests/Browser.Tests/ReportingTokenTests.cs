using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReportingTokenTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_new_token_is_shown_once_ready_to_copy_and_the_page_passes_axe()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/account/tokens"), new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = visit.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a token" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Browser test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        var secret = page.Locator("#token-secret");
        await Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^ph_"));
        var shown = (await secret.TextContentAsync())!;
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the token" }).ClickAsync();
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(shown);
        await Expect(page.Locator("[data-app-copy-status]")).ToHaveTextAsync("The token has been copied");
        (await page.RunAxe(Wcag.Level22AA)).Violations.ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your reporting tokens" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Browser test");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(shown);
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_mistake_in_the_expiry_date_is_linked_from_the_error_summary_to_the_box_to_correct()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/account/tokens/new"));
        var page = visit.Page;

        await page.GetByLabel("Name").FillAsync("Wrong date");
        await page.GetByLabel("Month").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Expiry date must include a month");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Month")).ToBeFocusedAsync();
        (await page.RunAxe(Wcag.Level22AA)).Violations.ShouldBeEmpty();
    }
}
