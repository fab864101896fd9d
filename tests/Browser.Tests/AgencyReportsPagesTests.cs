using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Partnership.Testing;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>A review's panel and its agency reports, from the business team's request to the agency lead's submission, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyReportsPagesTests(BrowserFixture fixture)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_business_team_requests_a_report_and_the_agency_lead_submits_it_with_a_file_after_an_error()
    {
        await using (var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews?type=LocalCspr")))
        {
            var page = visit.Page;
            await page.GetByRole(AriaRole.Link, new() { Name = "CSPR-2019-05" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Leo");
            await page.GetByRole(AriaRole.Button, new() { Name = "Request an agency report" }).ClickAsync();
            _violations.AddRange(await Wcag.ViolationsAsync(page));

            await page.GetByRole(AriaRole.Button, new() { Name = "Request the report" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the agency to ask for a report");
            _violations.AddRange(await Wcag.ViolationsAsync(page));

            await page.GetByLabel("East Lancashire Hospitals Trust").CheckAsync();
            await page.GetByLabel("Individual management review").CheckAsync();
            var due = page.GetByRole(AriaRole.Group, new() { Name = "Due date" });
            await due.GetByLabel("Day").FillAsync("2");
            await due.GetByLabel("Month").FillAsync("12");
            await due.GetByLabel("Year").FillAsync("2019");
            await page.GetByRole(AriaRole.Button, new() { Name = "Request the report" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Individual management review from East Lancashire Hospitals Trust");
            await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Late");
            _violations.AddRange(await Wcag.ViolationsAsync(page));
            visit.Problems.ShouldBeEmpty();
        }

        var lead = await fixture.SignInAsync(SignIn.HealthLead);
        await using (var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews/agency-reports", SignedIn: false), new() { StorageState = lead }))
        {
            var page = visit.Page;
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Our agency reports");
            _violations.AddRange(await Wcag.ViolationsAsync(page));
            await page.GetByRole(AriaRole.Link, new() { Name = "Individual management review for CSPR-2019-05" }).ClickAsync();
            _violations.AddRange(await Wcag.ViolationsAsync(page));

            await page.GetByLabel("Summary of the report").FillAsync("The maternity and paediatric contacts with Leo's family.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the report" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a file");
            await Expect(page.GetByLabel("Summary of the report")).ToHaveValueAsync("The maternity and paediatric contacts with Leo's family.");
            _violations.AddRange(await Wcag.ViolationsAsync(page));

            await page.GetByLabel("Upload the report").SetInputFilesAsync(new FilePayload
            {
                Name = "Leo IMR.pdf",
                MimeType = "application/pdf",
                Buffer = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the report" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your report was submitted");
            await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Submitted");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leo IMR.pdf" }).First).ToBeVisibleAsync();
            _violations.AddRange(await Wcag.ViolationsAsync(page));
            visit.Problems.ShouldBeEmpty();
        }

        _violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_child_h_panel_shows_on_the_review_and_a_member_is_removed_after_confirming()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/reviews?type=SeriousCaseReview"));
        var page = visit.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "SCR-2010-01" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Child H");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Panel members" })).ToContainTextAsync("Mick Muir");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Agency reports" })).ToContainTextAsync("Health overview report");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a panel member" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the panel" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the panel member's name");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Detective Chief Inspector from the panel" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Are you sure you want to remove Detective Chief Inspector from the panel?");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove from the panel" }).ClickAsync();

        await Expect(page.Locator(".govuk-details__summary-text")).ToHaveTextAsync("Past panel members (1)");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }
}
