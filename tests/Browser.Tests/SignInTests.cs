using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Partnership.Testing;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_person_signs_in_sees_their_name_in_the_service_and_signs_out()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, ServicePage.SignIn);
        var page = visit.Page;

        await page.GetByLabel("Email address").FillAsync(SignIn.HealthLead);
        await page.GetByLabel("Password").FillAsync(PartnershipHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Partnership Hub");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("You have signed out");
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_sign_in_shows_the_error_summary_linked_to_the_field_and_passes_axe()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, ServicePage.SignIn);
        var page = visit.Page;

        await page.GetByLabel("Email address").FillAsync(SignIn.PoliceLead);
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await Expect(summary).ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        var axe = await page.RunAxe(Wcag.Level22AA);
        axe.Violations.ShouldBeEmpty();
    }
}
