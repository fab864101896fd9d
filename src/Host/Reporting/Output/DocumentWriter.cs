using System.Text.Json;
using Partnership.Host.Reporting.Model;

namespace Partnership.Host.Reporting.Output;

/// <summary>The service document and the CSDL metadata document.</summary>
internal static class DocumentWriter
{
    public static async Task ServiceDocumentAsync(HttpResponse response, ReportingModel model, string serviceRoot)
    {
        response.ContentType = FeedResponse.JsonContentType;
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("@odata.context", serviceRoot + "$metadata");
        writer.WriteStartArray("value");
        foreach (var set in model.Sets)
        {
            writer.WriteStartObject();
            writer.WriteString("name", set.Name);
            writer.WriteString("kind", "EntitySet");
            writer.WriteString("url", set.Name);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }

    public static async Task MetadataAsync(HttpResponse response, ReportingModel model)
    {
        response.ContentType = FeedResponse.XmlContentType;
        await response.Body.WriteAsync(model.Metadata);
    }
}
