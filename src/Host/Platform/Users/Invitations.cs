using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Partnership.Host.Data;
using Partnership.Host.Platform.Email;
using Partnership.Host.Platform.Security;

namespace Partnership.Host.Platform.Users;

/// <summary>
/// Invites a person: an account without a password and a one-time link to set one, emailed when SMTP is
/// configured. The link is a password reset token, so it stops working once used (setting the password
/// changes the security stamp) or when a newer link is issued (which changes it on purpose).
/// </summary>
internal sealed partial class Invitations(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IEmailSender sender,
    SmtpSettings smtp,
    SecurityOptions security,
    LinkGenerator links,
    IHttpContextAccessor http,
    ILogger<Invitations> logger)
{
    public const string Issued = "InvitationIssued";
    public const string SetPasswordPage = "/Account/SetPassword";

    /// <summary>Creates the account and its first link; on failure nothing is saved.</summary>
    public async Task<(Invitation? Invitation, IdentityResult Result)> InviteAsync(PlatformUser person, CancellationToken cancellationToken)
    {
        // Recorded with the account, in the same transaction.
        db.RecordEvent(Issued, nameof(PlatformUser), person.Id.ToString(), person.Email);
        var result = await users.CreateAsync(person);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (null, result);
        }
        return (await LinkAsync(person, cancellationToken), result);
    }

    /// <summary>A new link for someone who has not set a password yet; every earlier link stops working.</summary>
    public async Task<(Invitation? Invitation, IdentityResult Result)> ReissueAsync(PlatformUser person, CancellationToken cancellationToken)
    {
        db.RecordEvent(Issued, nameof(PlatformUser), person.Id.ToString(), person.Email);
        var result = await users.UpdateSecurityStampAsync(person);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (null, result);
        }
        return (await LinkAsync(person, cancellationToken), result);
    }

    /// <summary>The token as the link carries it: base64url, so that no mail client breaks it.</summary>
    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<Invitation> LinkAsync(PlatformUser person, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(person);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = links.GetUriByPage(http.HttpContext!, SetPasswordPage, handler: null, values: new { user = person.Id, token = encoded })
            ?? throw new InvalidOperationException("The set-password page has no route.");
        if (!smtp.IsConfigured)
        {
            return new Invitation(link, InvitationEmail.NotConfigured);
        }
        try
        {
            await sender.SendAsync(new OutgoingEmail(person.Email, "Set your password for Partnership Hub", Body(person, link)), cancellationToken);
            return new Invitation(link, InvitationEmail.Sent);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The account exists and the link works: the business team can pass it on themselves.
            LogNotSent(logger, exception, person.Email);
            return new Invitation(link, InvitationEmail.Failed);
        }
    }

    private string Body(PlatformUser person, string link) => $"""
        Dear {person.DisplayName},

        You have been invited to use Partnership Hub, the safeguarding partnership's system for reviews, action plans, audits and training.

        Set your password with this link:

        {link}

        The link works once, for {security.InvitationLinkLifetime.TotalDays:0} days. If it has stopped working, ask the partnership business unit for a new one.

        If you did not expect this email, you can ignore it.
        """;

    [LoggerMessage(LogLevel.Error, "The invitation email to {Email} could not be sent.")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string email);
}
