using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Partnership.Testing;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>An agency lead records progress with evidence after an error; the business team's queue, plans and committee report; axe on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecommendationsPagesTests(BrowserFixture fixture)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task An_agency_lead_records_progress_with_an_evidence_file_after_putting_an_error_right()
    {
        var lead = await fixture.SignInAsync(SignIn.HealthLead);
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/recommendations/our-actions?status=Amber", SignedIn: false), new BrowserNewContextOptions { StorageState = lead });
        var page = visit.Page;
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Our actions");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("share concerns about a child's parents' needs") }).ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("Action");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what has been done");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the status you propose");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByLabel("What has been done").FillAsync("Referral audit completed: 18 of 20 referrals named the parents' needs.");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Green" }).CheckAsync();
        await page.GetByLabel("The action is complete (for Green)").CheckAsync();
        await page.GetByLabel("Evidence files (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "referral-audit.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("Referral audit, October: 18 of 20 referrals complete."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Progress recorded with 1 evidence file");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "referral-audit.txt" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Green proposed by the agency, awaiting verification")).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_business_team_starts_a_plan_for_a_review_in_the_register_after_an_error()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/recommendations/plans/new"));
        var page = visit.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the plan" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select where the recommendations come from");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Radio, new() { Name = "Review", Exact = true }).CheckAsync();
        await page.GetByLabel("Review in the register").SelectOptionAsync(new SelectOptionValue { Label = "RR-2022-04: Child F" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the plan" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToContainTextAsync("Child F");
        await Expect(page.Locator("main")).ToContainTextAsync("RR-2022-04");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a recommendation" })).ToBeVisibleAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/recommendations", "Recommendations")]
    [InlineData("/recommendations/our-actions?overdue=true", "All actions")]
    [InlineData("/recommendations/verify", "Verification queue")]
    [InlineData("/recommendations/report", "Action plans: the partnership's progress")]
    [InlineData("/recommendations/brag", "What each status means")]
    [InlineData("/recommendations/brag/Amber", "What Amber means")]
    [InlineData("/recommendations/plans/new", "Start a new plan")]
    [InlineData("/recommendations/plans/{plan}", "Child H")]
    [InlineData("/recommendations/plans/{plan}/recommendations/new", "Add a recommendation")]
    [InlineData("/recommendations/recommendations/{recommendation}/actions/new", "Add an action")]
    [InlineData("/recommendations/action/{action}", "Action 1.1")]
    public async Task The_business_teams_screens_pass_axe(string path, string heading)
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage(await WithDemoIdsAsync(path)));
        await Expect(visit.Page.Locator("main h1")).ToHaveTextAsync(heading);

        (await Wcag.ViolationsAsync(visit.Page)).ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    /// <summary>Puts the ids of the demo's Child H plan (SCR-2010-01), its first recommendation and its first action in place of {plan}, {recommendation} and {action}.</summary>
    private async Task<string> WithDemoIdsAsync(string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress.ToString(), StorageState = fixture.SignedInState });
        var sources = (await (await context.APIRequest.GetAsync("/api/recommendations/sources")).JsonAsync())!.Value;
        var plan = sources.EnumerateArray().Single(s => s.GetProperty("reference").GetString() == "SCR-2010-01").GetProperty("id").GetString()!;
        var planPage = await (await context.APIRequest.GetAsync($"/recommendations/plans/{plan}")).TextAsync();
        var recommendation = Regex.Match(planPage, "/recommendations/recommendations/([0-9a-f-]{36})/actions/new").Groups[1].Value;
        var action = Regex.Match(planPage, "/recommendations/action/([0-9a-f-]{36})").Groups[1].Value;
        return path.Replace("{plan}", plan, StringComparison.Ordinal).Replace("{recommendation}", recommendation, StringComparison.Ordinal)
            .Replace("{action}", action, StringComparison.Ordinal);
    }
}
