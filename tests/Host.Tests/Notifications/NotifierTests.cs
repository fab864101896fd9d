using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Email;
using Partnership.Host.Tests.Administration;
using Partnership.SharedKernel.Notifications;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Notifications;

/// <summary>Each case chooses whether SMTP is configured, so each starts its own host on its own database.</summary>
public sealed class NotifierTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_notice_raised_twice_reaches_each_person_once_in_the_app_and_by_email()
    {
        var sender = new CapturingEmailSender();
        await using var host = Host(sender, smtp: true);
        var notice = new Notice("test:deadline:1", "Rapid review overdue", "The rapid review of Child R is overdue.", "/reviews");

        var first = await NotifyAsync(host, notice, NoticeAudience.BusinessTeam);
        var second = await NotifyAsync(host, notice, NoticeAudience.BusinessTeam);

        first.ShouldBe(1);
        second.ShouldBe(0);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM platform.notifications WHERE key = 'test:deadline:1'")).ShouldBe(1);
        var email = sender.Sent.ShouldHaveSingleItem();
        email.To.ShouldBe(SignIn.Business);
        email.Subject.ShouldBe("Rapid review overdue");
        email.Body.ShouldContain("The rapid review of Child R is overdue.");
        email.Body.ShouldContain("https://hub.partnership.example/reviews");
    }

    [Fact]
    public async Task An_agency_audience_reaches_only_that_agencys_leads()
    {
        await using var host = Host(new CapturingEmailSender(), smtp: false);
        var health = (await _database.ScalarAsync<Guid>($"SELECT agency_id FROM platform.users WHERE email = '{SignIn.HealthLead}'"));

        var told = await NotifyAsync(host, new Notice("test:report-late:1", "Agency report late", "Your agency report is late."), NoticeAudience.AgencyLeadsOf(health));

        told.ShouldBe(1);
        (await _database.ScalarAsync<string>("SELECT u.email FROM platform.notifications n JOIN platform.users u ON u.id = n.user_id WHERE n.key = 'test:report-late:1'"))
            .ShouldBe(SignIn.HealthLead);
    }

    [Fact]
    public async Task Without_SMTP_the_notice_is_kept_in_the_app_and_nothing_is_sent()
    {
        var sender = new CapturingEmailSender();
        await using var host = Host(sender, smtp: false);

        (await NotifyAsync(host, new Notice("test:quiet", "Quiet", "Only in the app."), NoticeAudience.BusinessTeam)).ShouldBe(1);

        sender.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_email_server_does_not_lose_the_notice()
    {
        await using var host = Host(new CapturingEmailSender(new System.Net.Mail.SmtpException("down")), smtp: true);

        (await NotifyAsync(host, new Notice("test:bounced", "Bounced", "Still in the inbox."), NoticeAudience.BusinessTeam)).ShouldBe(1);

        (await _database.ScalarAsync<long>("SELECT count(*) FROM platform.notifications WHERE key = 'test:bounced'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_subject_longer_than_the_inbox_keeps_is_shortened_not_refused()
    {
        await using var host = Host(new CapturingEmailSender(), smtp: false);

        (await NotifyAsync(host, new Notice("test:long", "Missed: " + new string('x', 300), "Body."), NoticeAudience.BusinessTeam)).ShouldBe(1);

        var subject = await _database.ScalarAsync<string>("SELECT subject FROM platform.notifications WHERE key = 'test:long'");
        subject!.Length.ShouldBe(200);
        subject.ShouldEndWith("…");
    }

    [Fact]
    public async Task A_link_outside_the_hub_is_a_programming_error()
    {
        await using var host = Host(new CapturingEmailSender(), smtp: false);

        await Should.ThrowAsync<ArgumentException>(() => NotifyAsync(host, new Notice("test:bad", "Bad", "Bad link.", "https://elsewhere.example/"), NoticeAudience.BusinessTeam));
    }

    private static async Task<int> NotifyAsync(PartnershipHost host, Notice notice, NoticeAudience audience)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(notice, audience, CancellationToken.None);
    }

    private PartnershipHost Host(CapturingEmailSender sender, bool smtp)
    {
        var settings = new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://hub.partnership.example/" };
        if (smtp)
        {
            settings["Smtp:Host"] = "smtp.partnership.example";
            settings["Smtp:From"] = "hub@partnership.example";
        }
        var host = new PartnershipHost(_database.ConnectionString, settings, services => services.AddSingleton<IEmailSender>(sender));
        host.CreateClient();
        return host;
    }
}
