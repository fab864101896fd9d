using System.Text;

/// <summary>
/// Reads JSON pages as Power Query does: HTTP on loopback, every <c>@odata.nextLink</c> followed. Each body is
/// streamed through a small buffer, counting rows and keeping only its end for the next link, so the client
/// adds little to the time and the same for one large body as for many pages.
/// </summary>
internal static class FeedPull
{
    private static readonly byte[] NextLinkMarker = "\"@odata.nextLink\":\""u8.ToArray();
    private static readonly byte[] RowMarker = "{\"ActionId\":"u8.ToArray();
    private const int TailLength = 8 * 1024;

    /// <summary>The feed's Actions, <paramref name="rows"/> of them.</summary>
    public static Task<long> FeedAsync(HttpClient http, string feed, long rows) => PullAsync(http, $"{feed}/Actions?$top={rows}");

    public static async Task<long> PullAsync(HttpClient http, string address)
    {
        long count = 0;
        string? next = address;
        var buffer = new byte[64 * 1024 + TailLength];
        while (next is not null)
        {
            using var response = await http.GetAsync(new Uri(next), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            // buffer[..kept] holds the end of what was read before, so a marker split between two reads is still found.
            var kept = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(kept, buffer.Length - kept))) > 0)
            {
                var filled = kept + read;
                var span = buffer.AsSpan(0, filled);
                var counted = 0;
                for (int at; (at = span[counted..].IndexOf(RowMarker)) >= 0;)
                {
                    count++;
                    counted += at + RowMarker.Length;
                }
                var keptFrom = Math.Max(filled - TailLength, counted);
                kept = filled - keptFrom;
                buffer.AsSpan(keptFrom, kept).CopyTo(buffer);
            }
            var tail = buffer.AsSpan(0, kept);
            var link = tail.LastIndexOf(NextLinkMarker);
            if (link < 0)
            {
                next = null;
                continue;
            }
            var rest = tail[(link + NextLinkMarker.Length)..];
            next = Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
        }
        return count;
    }
}
