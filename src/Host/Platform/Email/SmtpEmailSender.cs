using System.Net;
using System.Net.Mail;

namespace Partnership.Host.Platform.Email;

/// <summary>Sends through the configured SMTP server with System.Net.Mail (MailKit is not in the package registry).</summary>
internal sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException("SMTP is not configured: set Smtp:Host and Smtp:From.");
        }
        using var message = new MailMessage(settings.From!, email.To, email.Subject, email.Body);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }
        await client.SendMailAsync(message, cancellationToken);
    }
}
