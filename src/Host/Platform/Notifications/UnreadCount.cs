using System.Data.Common;

namespace Partnership.Host.Platform.Notifications;

/// <summary>
/// The unread count in the header. The header is on every page, the error pages included, so a
/// database that cannot answer leaves the count off rather than turning an error page into another error.
/// </summary>
internal sealed partial class UnreadCount(Inbox inbox, ILogger<UnreadCount> logger)
{
    public async Task<int?> ForHeaderAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await inbox.UnreadCountAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or InvalidOperationException)
        {
            LogCountFailed(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The unread notification count could not be read for the page header.")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
