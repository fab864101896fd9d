using System.Net;
using System.Text.Json;
using Shouldly;

namespace Partnership.Host.Tests.Reporting;

/// <summary>Reads a set the way Power Query does: the first page, then every @odata.nextLink.</summary>
public static class FeedReader
{
    public sealed record Pull(List<JsonElement> Rows, long? Count, int Pages);

    public static async Task<Pull> AllAsync(HttpClient client, string url, int? pageSize = null)
    {
        var rows = new List<JsonElement>();
        long? count = null;
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            if (pageSize is { } size)
            {
                request.Headers.Add("Prefer", $"odata.maxpagesize={size}");
            }
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{next}: {body}");
            var page = JsonDocument.Parse(body).RootElement;
            if (pages == 0 && page.TryGetProperty("@odata.count", out var total))
            {
                count = total.GetInt64();
            }
            rows.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.Clone()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            pages++;
            pages.ShouldBeLessThan(10_000, "the nextLinks must end");
        }
        return new Pull(rows, count, pages);
    }

    public static List<int> Ids(this Pull pull) => [.. pull.Rows.Select(r => r.GetProperty("MeasurementId").GetInt32())];
}
