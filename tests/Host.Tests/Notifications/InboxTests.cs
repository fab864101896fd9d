using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Notifications;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Notifications;

public sealed class InboxTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_header_counts_unread_notices_and_the_page_marks_them_read()
    {
        var key = "inbox:" + Guid.NewGuid().ToString("N");
        await NotifyAsync(new Notice(key, "Publication overdue", "The Leo review's publication is overdue.", "/reviews"));
        var business = await fixture.Host.SignedInAsync(SignIn.Business);
        var unreadBefore = await UnreadAsync(business);

        var page = await business.GetStringAsync(new Uri("/notifications", UriKind.Relative));
        page.ShouldContain($"Notifications ({unreadBefore})");
        page.ShouldContain("<a class=\"govuk-link\" href=\"/reviews\">Publication overdue</a>");
        page.ShouldContain("The Leo review&#x27;s publication is overdue.");
        var id = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM platform.notifications WHERE key = '{key}'");

        var marked = await business.PostFormAsync($"/notifications?handler=Read&id={id}", [], "/notifications");

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UnreadAsync(business)).ShouldBe(unreadBefore - 1);
        (await fixture.Database.ScalarAsync<bool>($"SELECT read_at IS NOT NULL FROM platform.notifications WHERE id = '{id}'")).ShouldBeTrue();
    }

    [Fact]
    public async Task Mark_all_as_read_empties_the_unread_list()
    {
        await NotifyAsync(new Notice("inbox:" + Guid.NewGuid().ToString("N"), "One", "First."));
        await NotifyAsync(new Notice("inbox:" + Guid.NewGuid().ToString("N"), "Two", "Second."));
        var business = await fixture.Host.SignedInAsync(SignIn.Business, followRedirects: true);

        var response = await business.PostFormAsync("/notifications?handler=ReadAll", [], "/notifications");

        (await response.Content.ReadAsStringAsync()).ShouldContain("notifications marked as read");
        (await UnreadAsync(business)).ShouldBe(0);
        (await business.GetStringAsync(new Uri("/notifications?show=unread", UriKind.Relative))).ShouldContain("You have no unread notifications.");
    }

    [Fact]
    public async Task Nobody_can_read_or_mark_another_persons_notice()
    {
        var key = "inbox:" + Guid.NewGuid().ToString("N");
        await NotifyAsync(new Notice(key, "For the business team", "Not for the police."));
        var id = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM platform.notifications WHERE key = '{key}'");
        var police = await fixture.Host.SignedInAsync(SignIn.PoliceLead);

        (await police.GetStringAsync(new Uri("/notifications", UriKind.Relative))).ShouldNotContain("For the business team");
        (await police.PostAsync(new Uri($"/api/notifications/{id}/read", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<bool>($"SELECT read_at IS NOT NULL FROM platform.notifications WHERE id = '{id}'")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_api_lists_newest_first_and_refuses_a_page_below_one()
    {
        await NotifyAsync(new Notice("inbox:" + Guid.NewGuid().ToString("N"), "Older", "Raised first."));
        await NotifyAsync(new Notice("inbox:" + Guid.NewGuid().ToString("N"), "Newer", "Raised second."));
        var business = await fixture.Host.SignedInAsync(SignIn.Business);

        var listing = await business.GetFromJsonAsync<JsonElement>(new Uri("/api/notifications", UriKind.Relative));
        var subjects = listing.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()).ToList();
        subjects.IndexOf("Newer").ShouldBeLessThan(subjects.IndexOf("Older"));

        var refused = await business.GetAsync(new Uri("/api/notifications?page=0", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The page must be 1 or more");
    }

    [Fact]
    public async Task Signed_out_people_get_no_inbox()
    {
        (await fixture.Host.Browser().GetAsync(new Uri("/api/notifications", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.Host.Browser().GetAsync(new Uri("/notifications", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/notifications", UriKind.Relative))).GetProperty("unread").GetInt32();

    private async Task NotifyAsync(Notice notice)
    {
        using var scope = fixture.Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(notice, NoticeAudience.BusinessTeam, CancellationToken.None);
    }
}
