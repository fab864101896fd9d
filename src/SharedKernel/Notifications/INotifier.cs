namespace Partnership.SharedKernel.Notifications;

/// <summary>Raises notices for people. The host keeps the inbox and sends the email.</summary>
public interface INotifier
{
    /// <summary>
    /// Gives the notice to everyone in the audience who has not had its key before; returns how many
    /// people were newly told. Safe to call again: a re-run of a daily job tells nobody twice.
    /// </summary>
    Task<int> NotifyAsync(Notice notice, NoticeAudience audience, CancellationToken cancellationToken);
}
