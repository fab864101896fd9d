namespace Partnership.Host.Platform.Email;

/// <summary>The <c>Smtp</c> section of the configuration. Without a host and a sender address, nothing is emailed.</summary>
internal sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS: on unless a relay on a trusted network cannot offer it.</summary>
    public bool EnableSsl { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
