using System.Collections.Concurrent;
using Partnership.Host.Platform.Email;

namespace Partnership.Host.Tests.Administration;

/// <summary>Keeps what would have been emailed, or fails as a server that is down would.</summary>
internal sealed class CapturingEmailSender(Exception? failure = null) : IEmailSender
{
    public ConcurrentQueue<OutgoingEmail> Sent { get; } = new();

    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (failure is not null)
        {
            throw failure;
        }
        Sent.Enqueue(email);
        return Task.CompletedTask;
    }
}
