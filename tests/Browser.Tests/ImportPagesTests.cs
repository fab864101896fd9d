using System.Text;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>The business team imports a plan kept in Excel: a bad date seen in the preview, fixed, then every row imported; axe on each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportPagesTests(BrowserFixture fixture)
{
    private const string Plan =
        "Recommendation,Key Actions,Evidence,Key Outcome(s),Lead Officer,Date\r\n"
        + "Share information about risk,Audit referrals,Audit report,Fewer missed referrals,\"Named Nurse, East Lancashire Hospitals Trust\",31/12/2010\r\n"
        + ",Brief officers,,,\"Detective Inspector, Lancashire Constabulary\",On advice from legal services\r\n";

    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_business_team_uploads_a_plan_fixes_its_bad_date_and_imports_every_row()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/recommendations"));
        var page = visit.Page;
        var plan = await NewSourceAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Import an action plan" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Import an action plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the action plan file");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByLabel("Plan to import into").SelectOptionAsync(new SelectOptionValue { Label = plan });
        await page.GetByLabel("Action plan file").SetInputFilesAsync(new FilePayload { Name = "plan.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Plan) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Check the plan before importing");
        await Expect(page.Locator("main")).ToContainTextAsync("2 rows, 1 with errors");
        await Expect(page.Locator("#row-3")).ToContainTextAsync("\u201cOn advice from legal services\u201d is not a date");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 actions" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("1 row has errors");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Fix row 3" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Fix row 3");
        await Expect(page.GetByLabel("Key action")).ToHaveValueAsync("Brief officers");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByLabel("Due date").FillAsync("31/01/2011");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and check the plan again" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Row 3 fixed");
        await Expect(page.Locator("main")).ToContainTextAsync("2 rows, 0 with errors");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 actions" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("All actions");
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("1 recommendation and 2 actions imported from plan.csv");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Brief officers" })).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    /// <summary>A plan of its own, so the demo's plans stay as other tests expect them; answers its name as the plan list shows it.</summary>
    private static async Task<string> NewSourceAsync(IPage page)
    {
        var reference = "IMP-" + Guid.NewGuid().ToString("N")[..8];
        var response = await page.APIRequest.PostAsync("/api/recommendations/sources", new()
        {
            DataObject = new { kind = "ThematicReview", reference, title = "Imported plan", sourceDate = "2010-09-14" },
        });
        response.Ok.ShouldBeTrue(await response.TextAsync());
        return $"{reference}: Imported plan";
    }
}
