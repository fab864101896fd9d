using System.Globalization;
using System.Text.Json;

namespace Partnership.Host.Reporting.Output;

/// <summary>Writes one row's values as JSON properties of those names, in the model's types.</summary>
internal sealed class RowWriter(IEnumerable<string> names, bool omitNulls)
{
    private readonly JsonEncodedText[] _names = [.. names.Select(name => JsonEncodedText.Encode(name))];

    public void WriteProperties(Utf8JsonWriter writer, object?[] values)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                if (!omitNulls)
                {
                    writer.WriteNull(_names[i]);
                }
                continue;
            }
            writer.WritePropertyName(_names[i]);
            WriteValue(writer, value);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case Guid id: writer.WriteStringValue(id); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number when double.IsFinite(number): writer.WriteNumberValue(number); break;
            case double number: writer.WriteStringValue(double.IsNaN(number) ? "NaN" : number > 0 ? "INF" : "-INF"); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset instant: writer.WriteStringValue(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)); break;
            case Enum member: writer.WriteStringValue(member.ToString()); break;
            default: throw new InvalidOperationException($"The feed cannot write a {value.GetType().Name}.");
        }
    }
}
