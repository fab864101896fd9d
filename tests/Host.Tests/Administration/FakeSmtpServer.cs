using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Partnership.Host.Tests.Administration;

/// <summary>
/// Just enough of an SMTP server on a loopback port to accept mail without TLS or authentication and
/// keep each conversation, so that the real sender can be tried without a mail server.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeSmtpServer()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Every line each client sent, one entry per connection once it has closed.</summary>
    public ConcurrentQueue<string> Conversations { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await ConverseAsync(client);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var conversation = new StringBuilder();
        var inMessage = false;
        await writer.WriteLineAsync("220 fake.smtp.test ready");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            conversation.AppendLine(line);
            if (inMessage)
            {
                if (line == ".")
                {
                    inMessage = false;
                    await writer.WriteLineAsync("250 queued");
                }
                continue;
            }
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            inMessage = verb == "DATA";
            await writer.WriteLineAsync(inMessage ? "354 end with a full stop" : "250 fake.smtp.test");
        }
        Conversations.Enqueue(conversation.ToString());
    }
}
