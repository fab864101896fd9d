using System.Text;

/// <summary>
/// Reads JSON pages as Power Query does: HTTP on loopback, every <c>@odata.nextLink</c> followed. Each page
/// is read whole and only its rows and next link are looked for, so the client adds little to the time.
/// </summary>
internal static class FeedPull
{
    private static readonly byte[] NextLinkMarker = "\"@odata.nextLink\":\""u8.ToArray();
    private static readonly byte[] RowMarker = "{\"ActionId\":"u8.ToArray();

    /// <summary>The feed's Actions, <paramref name="rows"/> of them.</summary>
    public static Task<long> FeedAsync(HttpClient http, string feed, long rows) => PullAsync(http, $"{feed}/Actions?$top={rows}");

    public static async Task<long> PullAsync(HttpClient http, string address)
    {
        long count = 0;
        string? next = address;
        while (next is not null)
        {
            var body = await http.GetByteArrayAsync(new Uri(next));
            for (var span = body.AsSpan(); span.IndexOf(RowMarker) is var at and >= 0; span = span[(at + RowMarker.Length)..])
            {
                count++;
            }
            var link = body.AsSpan().LastIndexOf(NextLinkMarker);
            if (link < 0)
            {
                next = null;
                continue;
            }
            var rest = body.AsSpan(link + NextLinkMarker.Length);
            next = Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
        }
        return count;
    }
}
