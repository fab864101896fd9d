using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

/// <summary>The agencies and people screens, their error states and the invitation journey, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationPagesTests(BrowserFixture fixture)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_agency_pages_and_their_error_states_pass_axe_core()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/admin/agencies"));
        var page = visit.Page;
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an agency" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add agency" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link, new() { Name = "Select the type of agency" }).ClickAsync();
        await Expect(page.GetByLabel("Children's social care")).ToBeFocusedAsync();

        await page.GotoAsync("/admin/agencies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rename Lancashire Constabulary" }).ClickAsync();
        await Expect(page.GetByLabel("New name")).ToHaveValueAsync("Lancashire Constabulary");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GotoAsync("/admin/agencies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deactivate Lancashire Constabulary" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Are you sure you want to deactivate this agency?");
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_people_pages_and_the_invitation_journey_pass_axe_core()
    {
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/admin/users"));
        var page = visit.Page;
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Agency lead" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter people" }).ClickAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pat Police" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Change roles" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));

        await page.GotoAsync("/admin/users/invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        var email = $"browser.{Guid.NewGuid().ToString("N")[..8]}@partnership.example";
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Full name").FillAsync("Bea Browser");
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lancashire Constabulary" });
        await page.GetByLabel("Practitioner").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Invitation ready");
        _violations.AddRange(await Wcag.ViolationsAsync(page));
        var link = await page.Locator("#invitation-link").GetAttributeAsync("href");

        await using var invitee = await PageVisit.OpenAsync(fixture, new ServicePage(new Uri(link!).PathAndQuery, SignedIn: false));
        _violations.AddRange(await Wcag.ViolationsAsync(invitee.Page));
        await invitee.Page.GetByLabel("Password", new() { Exact = true }).FillAsync("too short");
        await invitee.Page.GetByRole(AriaRole.Button, new() { Name = "Create password" }).ClickAsync();
        await Expect(invitee.Page.Locator(".govuk-error-summary")).ToContainTextAsync("at least 12 characters");
        _violations.AddRange(await Wcag.ViolationsAsync(invitee.Page));
        await invitee.Page.GetByLabel("Password", new() { Exact = true }).FillAsync("harbour lantern kettle orchard");
        await invitee.Page.GetByRole(AriaRole.Button, new() { Name = "Create password" }).ClickAsync();
        await Expect(invitee.Page.Locator("h1")).ToHaveTextAsync("Your password has been created");
        _violations.AddRange(await Wcag.ViolationsAsync(invitee.Page));

        _violations.ShouldBeEmpty();
        visit.Problems.ShouldBeEmpty();
        invitee.Problems.ShouldBeEmpty();
    }
}
