using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Partnership.Host.Reporting.Query;

namespace Partnership.Host.Reporting.Paging;

/// <summary>
/// A keyset position: the values of every ordering term (the key last) of the last row sent, as a
/// JSON array in base64url. The next page starts after that row, so rows added meanwhile neither
/// push a row onto the next page twice nor hide one.
/// </summary>
internal static class SkipToken
{
    public static string Encode(IReadOnlyList<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: writer.WriteNullValue(); break;
                    case string text: writer.WriteStringValue(text); break;
                    case bool flag: writer.WriteBooleanValue(flag); break;
                    case int number: writer.WriteNumberValue(number); break;
                    case long number: writer.WriteNumberValue(number); break;
                    case decimal number: writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture)); break;
                    case double number: writer.WriteStringValue(number.ToString("R", CultureInfo.InvariantCulture)); break;
                    case Guid id: writer.WriteStringValue(id); break;
                    case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case DateTimeOffset instant: writer.WriteStringValue(instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)); break;
                    case Enum member: writer.WriteStringValue(member.ToString()); break;
                    default: throw new InvalidOperationException($"A skip token cannot hold a {value.GetType().Name}.");
                }
            }
            writer.WriteEndArray();
        }
        return WebEncoders.Base64UrlEncode(buffer.WrittenSpan);
    }

    /// <summary>The values for <paramref name="types"/>, or a 400 when the token is not one this query made.</summary>
    public static object?[] Decode(string token, IReadOnlyList<Type> types)
    {
        try
        {
            using var document = JsonDocument.Parse(WebEncoders.Base64UrlDecode(token));
            var items = document.RootElement.EnumerateArray().ToList();
            if (items.Count != types.Count)
            {
                throw Invalid();
            }
            return [.. items.Select((item, i) => Read(item, ClrTypes.Underlying(types[i])))];
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or OverflowException or ArgumentException)
        {
            throw Invalid();
        }
    }

    private static object? Read(JsonElement item, Type type) =>
        item.ValueKind == JsonValueKind.Null ? null
        : type == typeof(string) ? item.GetString()
        : type == typeof(bool) ? item.GetBoolean()
        : type == typeof(int) ? item.GetInt32()
        : type == typeof(long) ? item.GetInt64()
        : type == typeof(decimal) ? decimal.Parse(item.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : type == typeof(double) ? double.Parse(item.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : type == typeof(Guid) ? item.GetGuid()
        : type == typeof(DateOnly) ? DateOnly.ParseExact(item.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : type == typeof(DateTimeOffset) ? DateTimeOffset.Parse(item.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime()
        : type.IsEnum ? Enum.Parse(type, item.GetString()!)
        : throw new InvalidOperationException();

    private static FeedException Invalid() =>
        FeedException.BadQuery("The $skiptoken is not valid for this query: follow the @odata.nextLink as given.");
}
