using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Email;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Administration;

/// <summary>Each case configures SMTP its own way, so each starts its own host on its own database.</summary>
public sealed class InvitationEmailTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Smtp = new()
    {
        ["Smtp:Host"] = "smtp.partnership.example",
        ["Smtp:From"] = "hub@partnership.example",
    };

    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task When_SMTP_is_configured_the_invitation_is_emailed_with_the_link_that_works()
    {
        var sender = new CapturingEmailSender();
        await using var host = Host(Smtp, sender);
        var email = People.UniqueEmail("emailed");

        var (_, page) = await new People(_database, host).InviteAsync(await host.SignedInAsync(SignIn.Business), email, "Ella Emailed");

        page.ShouldContain($"We have emailed the link below to <strong>{email}</strong>.");
        var sent = sender.Sent.ShouldHaveSingleItem();
        sent.To.ShouldBe(email);
        sent.Subject.ShouldBe("Set your password for Partnership Hub");
        sent.Body.ShouldContain("Dear Ella Emailed,");
        var link = AdminForms.InvitationLink(page);
        sent.Body.ShouldContain("https://localhost" + link);
        (await host.Browser().SubmitAsync(link, ("Password", People.Password))).Location().ShouldBe("/account/password-set");
    }

    [Fact]
    public async Task When_the_email_cannot_be_sent_the_page_says_so_and_still_shows_the_link()
    {
        await using var host = Host(Smtp, new CapturingEmailSender(new SmtpException(SmtpStatusCode.ServiceNotAvailable, "The server is down")));

        var (_, page) = await new People(_database, host).InviteAsync(await host.SignedInAsync(SignIn.Business), People.UniqueEmail("bounced"));

        page.ShouldContain("could not be sent. Send them the link yourself.");
        page.ShouldContain("id=\"invitation-link\"");
    }

    [Fact]
    public async Task When_SMTP_is_not_configured_nothing_is_sent_and_the_page_says_so()
    {
        var sender = new CapturingEmailSender();
        await using var host = Host(new Dictionary<string, string?>(), sender);

        var (_, page) = await new People(_database, host).InviteAsync(await host.SignedInAsync(SignIn.Business), People.UniqueEmail("unsent"));

        page.ShouldContain("The link has not been emailed: this service is not set up to send email.");
        sender.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_test_double_the_real_SMTP_sender_delivers_the_invitation()
    {
        await using var server = new FakeSmtpServer();
        await using var host = Host(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "hub@partnership.example",
            ["Smtp:EnableSsl"] = "false",
        });
        var email = People.UniqueEmail("delivered");

        var (_, page) = await new People(_database, host).InviteAsync(await host.SignedInAsync(SignIn.Business), email);

        host.Services.GetRequiredService<IEmailSender>().ShouldBeOfType<SmtpEmailSender>();
        page.ShouldContain($"We have emailed the link below to <strong>{email}</strong>.");
        var conversation = await Eventually.Returns(() => Task.FromResult(server.Conversations.ToList()), c => c.Count > 0, TimeSpan.FromSeconds(10));
        var lines = conversation.ShouldHaveSingleItem();
        lines.ShouldContain("MAIL FROM:<hub@partnership.example>");
        lines.ShouldContain($"RCPT TO:<{email}>");
        lines.ShouldContain("Subject: Set your password for Partnership Hub");
    }

    private PartnershipHost Host(Dictionary<string, string?> settings, CapturingEmailSender? sender = null) =>
        new(_database.ConnectionString, settings, sender is null ? null : services => services.AddSingleton<IEmailSender>(sender));
}
