namespace Partnership.Host.Platform.Email;

/// <summary>A plain-text email to one person.</summary>
internal sealed record OutgoingEmail(string To, string Subject, string Body);
