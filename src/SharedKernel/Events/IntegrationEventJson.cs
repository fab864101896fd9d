using System.Text.Json;

namespace Partnership.SharedKernel.Events;

public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
