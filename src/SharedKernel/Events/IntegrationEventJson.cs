using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partnership.SharedKernel.Events;

/// <summary>
/// How events are written to the outbox: camelCase, enumerations by name so a payload still means the
/// same after a publisher adds a value.
/// </summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
