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
            WriteProperty(writer, _names[i], value);
        }
    }

    // The name and its value in one call each: the writer checks its buffer once for both.
    private static void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, object value)
    {
        switch (value)
        {
            case string text: writer.WriteString(name, text); break;
            case Guid id: writer.WriteString(name, id); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case int number: writer.WriteNumber(name, number); break;
            case DateOnly date: WriteDate(writer, name, date); break;
            // In UTC with a Z, and the fraction of a second only as long as it needs to be.
            case DateTimeOffset instant: writer.WriteString(name, instant.UtcDateTime); break;
            case long number: writer.WriteNumber(name, number); break;
            case decimal number: writer.WriteNumber(name, number); break;
            case double number when double.IsFinite(number): writer.WriteNumber(name, number); break;
            case double number: writer.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "INF" : "-INF"); break;
            case Enum member: writer.WriteString(name, member.ToString()); break;
            default: throw new InvalidOperationException($"The feed cannot write a {value.GetType().Name}.");
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        // "O" is yyyy-MM-dd, formatted without parsing a custom pattern for every row.
        Span<byte> text = stackalloc byte[10];
        date.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }
}
