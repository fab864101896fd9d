using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Partnership.Host.Reporting.Output;

/// <summary>The headers and bodies every feed response shares: one OData-Version, OData error JSON.</summary>
internal static class FeedResponse
{
    public const string JsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8";
    public const string XmlContentType = "application/xml;charset=utf-8";

    /// <summary>Set, never appended: two copies of the header break Power Query.</summary>
    public static void Versioned(HttpResponse response) => response.Headers["OData-Version"] = "4.0";

    public static async Task ErrorAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        Versioned(response);
        response.ContentType = "application/json;charset=utf-8";
        response.Headers.Remove(HeaderNames.ContentLength);
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }
}
