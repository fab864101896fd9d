using System.Text;
using System.Text.Json;
using Partnership.Host.Reporting.Output;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>The exact JSON each kind of value becomes in the feed.</summary>
public sealed class RowWriterTests
{
    [Theory]
    [InlineData("text with \"quotes\"", "\"text with \\\"quotes\\\"\"")]
    [InlineData(42, "42")]
    [InlineData(true, "true")]
    public void Plain_values_are_written_as_json(object value, string json) => Write(value).ShouldBe(json);

    [Fact]
    public void A_date_is_year_month_day() => Write(new DateOnly(2021, 2, 3)).ShouldBe("\"2021-02-03\"");

    [Fact]
    public void An_instant_is_written_in_utc_with_a_z_and_only_the_fraction_it_needs()
    {
        Write(new DateTimeOffset(2021, 6, 30, 23, 30, 0, TimeSpan.FromHours(-2))).ShouldBe("\"2021-07-01T01:30:00Z\"");
        Write(new DateTimeOffset(2021, 6, 30, 23, 30, 0, 250, TimeSpan.Zero)).ShouldBe("\"2021-06-30T23:30:00.25Z\"");
    }

    [Fact]
    public void A_guid_decimal_and_long_keep_their_form()
    {
        Write(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")).ShouldBe("\"0f8fad5b-d9cb-469f-a165-70867728950e\"");
        Write(12.50m).ShouldBe("12.50");
        Write(9_000_000_000L).ShouldBe("9000000000");
    }

    [Fact]
    public void Nulls_are_written_unless_omitted()
    {
        Row(new RowWriter(["A", "B"], omitNulls: false), [null, 1]).ShouldBe("{\"A\":null,\"B\":1}");
        Row(new RowWriter(["A", "B"], omitNulls: true), [null, 1]).ShouldBe("{\"B\":1}");
    }

    private static string Write(object value)
    {
        var row = Row(new RowWriter(["V"], omitNulls: false), [value]);
        return row["{\"V\":".Length..^1];
    }

    private static string Row(RowWriter rows, object?[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            rows.WriteProperties(writer, values);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
