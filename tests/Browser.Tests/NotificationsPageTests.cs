using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Partnership.Browser.Tests.Hosting;
using Partnership.SharedKernel.Notifications;
using Shouldly;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NotificationsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_new_notice_is_counted_in_the_header_opened_from_the_list_and_marked_as_read()
    {
        var subject = "Agency report late " + Guid.NewGuid().ToString("N")[..6];
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotifier>()
                .NotifyAsync(new Notice("browser:" + subject, subject, "The police's agency report for Child R was due yesterday.", "/reviews"), NoticeAudience.BusinessTeam, CancellationToken.None);
        }
        await using var visit = await PageVisit.OpenAsync(fixture, new ServicePage("/notifications"));
        var page = visit.Page;

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Notifications (" })).ToBeVisibleAsync();
        var notice = page.Locator(".app-notification", new() { HasText = subject });
        await Expect(notice.Locator(".govuk-tag")).ToHaveTextAsync("New");
        (await Wcag.ViolationsAsync(page)).ShouldBeEmpty();

        await notice.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Notification marked as read");
        await Expect(page.Locator(".app-notification", new() { HasText = subject }).Locator(".govuk-tag")).ToHaveCountAsync(0);
        visit.Problems.ShouldBeEmpty();
    }
}
