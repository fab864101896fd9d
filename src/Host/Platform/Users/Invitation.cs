namespace Partnership.Host.Platform.Users;

/// <summary>A one-time link to set a password, and whether it was emailed.</summary>
internal sealed record Invitation(string Link, InvitationEmail Email);

internal enum InvitationEmail
{
    Sent,
    NotConfigured,
    Failed,
}
