namespace Partnership.Host.Platform.Email;

/// <summary>Delivers an email; the SMTP sender in service, a capturing double in tests.</summary>
internal interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
