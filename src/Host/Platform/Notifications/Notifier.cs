using Microsoft.EntityFrameworkCore;
using Npgsql;
using Partnership.Host.Data;
using Partnership.Host.Platform.Email;
using Partnership.SharedKernel.Notifications;

namespace Partnership.Host.Platform.Notifications;

/// <summary>
/// Puts a notice in the inbox of each person in the audience who has not had its key, in one statement
/// (so two hosts running the same job cannot both tell someone), then emails the newly told when SMTP
/// is configured. An email that fails is logged; the notice stays in the inbox.
/// </summary>
internal sealed partial class Notifier(
    PlatformDbContext db,
    NpgsqlDataSource dataSource,
    SmtpSettings smtp,
    IEmailSender sender,
    NotificationSettings settings,
    TimeProvider time,
    ILogger<Notifier> logger) : INotifier
{
    public async Task<int> NotifyAsync(Notice raised, NoticeAudience audience, CancellationToken cancellationToken)
    {
        var notice = NoticeRules.Checked(raised);
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Roles.Contains(audience.Role) && (audience.AgencyId == null || u.AgencyId == audience.AgencyId))
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            return 0;
        }

        var told = await InsertNewAsync(notice, recipients.Select(r => r.Id).ToArray(), cancellationToken);
        if (smtp.IsConfigured)
        {
            foreach (var person in recipients.Where(r => told.Contains(r.Id)))
            {
                await EmailAsync(notice, person.Email, person.DisplayName, cancellationToken);
            }
        }
        return told.Count;
    }

    private async Task<HashSet<Guid>> InsertNewAsync(Notice notice, Guid[] userIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO platform.notifications (id, user_id, key, subject, body, link, raised_at)
            SELECT gen_random_uuid(), recipient, @key, @subject, @body, @link, @now
            FROM unnest(@users) AS recipient
            ON CONFLICT (user_id, key) DO NOTHING
            RETURNING user_id
            """);
        command.Parameters.AddWithValue("key", notice.Key);
        command.Parameters.AddWithValue("subject", notice.Subject);
        command.Parameters.AddWithValue("body", notice.Body);
        command.Parameters.AddWithValue("link", (object?)notice.Link ?? DBNull.Value);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        command.Parameters.AddWithValue("users", userIds);
        var told = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            told.Add(reader.GetGuid(0));
        }
        return told;
    }

    private async Task EmailAsync(Notice notice, string email, string name, CancellationToken cancellationToken)
    {
        var link = notice.Link is null ? "" : $"\n\nOpen it in Partnership Hub: {settings.Absolute(notice.Link)}";
        try
        {
            await sender.SendAsync(new OutgoingEmail(email, notice.Subject, $"Dear {name},\n\n{notice.Body}{link}\n"), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotSent(logger, exception, notice.Key, email);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notice {Key} is in {Email}'s inbox but could not be emailed.")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string key, string email);
}
