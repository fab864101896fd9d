using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AuditTrailTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_date_that_cannot_be_used_is_linked_from_the_error_summary_and_the_page_passes_axe()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/admin/audit"));
        var page = visit.Page;
        var from = page.Locator("#From");

        await from.GetByLabel("Day").FillAsync("31");
        await from.GetByLabel("Month").FillAsync("2");
        await from.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("From date must be a real date");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(from.GetByLabel("Day")).ToBeFocusedAsync();
        var axe = await page.RunAxe(Wcag.Level22AA);
        axe.Violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }
}
