using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Npgsql;

// A full pull of the Agencies set three ways, each read from PostgreSQL and written as JSON:
// the floor (plain Npgsql and Utf8JsonWriter), the feed (HTTP, following every nextLink), and
// ODataLib's ODataMessageWriter. Usage: FeedBench <connection string> <feed root> <email> <token> <rows> <runs>
var (connection, feed, email, token) = (args[0], args[1].TrimEnd('/'), args[2], args[3]);
var rows = int.Parse(args[4], CultureInfo.InvariantCulture);
var runs = int.Parse(args[5], CultureInfo.InvariantCulture);
const string Sql = "SELECT id, name, type, is_active FROM platform.agencies ORDER BY id";

await using var source = NpgsqlDataSource.Create(connection);
await EnsureRowsAsync(source, rows);
using var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));

var results = new Dictionary<string, List<double>> { ["floor"] = [], ["feed"] = [], ["odatalib"] = [] };
for (var run = 0; run <= runs; run++)
{
    var floor = await TimeAsync(() => FloorAsync(source));
    var pulled = await TimeAsync(() => FeedAsync(http, feed));
    var library = await TimeAsync(() => ODataLibAsync(source, feed));
    if (run > 0)
    {
        results["floor"].Add(floor);
        results["feed"].Add(pulled);
        results["odatalib"].Add(library);
    }
}
double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
var (f, d, o) = (Median(results["floor"]), Median(results["feed"]), Median(results["odatalib"]));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {DateTime.UtcNow:yyyy-MM-dd} | {rows:N0} | {f:0} ms | {d:0} ms | {o:0} ms | {d / f:0.00} | {o / d:0.0} |"));

static async Task<double> TimeAsync(Func<Task<long>> pull)
{
    var watch = Stopwatch.StartNew();
    var count = await pull();
    watch.Stop();
    if (count == 0)
    {
        throw new InvalidOperationException("No rows were pulled.");
    }
    return watch.Elapsed.TotalMilliseconds;
}

static async Task<long> FloorAsync(NpgsqlDataSource source)
{
    await using var command = source.CreateCommand(Sql);
    await using var reader = await command.ExecuteReaderAsync();
    await using var writer = new Utf8JsonWriter(Stream.Null);
    long count = 0;
    writer.WriteStartObject();
    writer.WriteStartArray("value");
    while (await reader.ReadAsync())
    {
        writer.WriteStartObject();
        writer.WriteString("AgencyId", reader.GetGuid(0));
        writer.WriteString("Name", reader.GetString(1));
        writer.WriteString("Type", reader.GetString(2));
        writer.WriteBoolean("IsActive", reader.GetBoolean(3));
        writer.WriteEndObject();
        count++;
        if (writer.BytesPending > 32 * 1024)
        {
            await writer.FlushAsync();
        }
    }
    writer.WriteEndArray();
    writer.WriteEndObject();
    await writer.FlushAsync();
    return count;
}

// The body is read whole and only the nextLink is looked for, so the client adds little to the feed's time.
static async Task<long> FeedAsync(HttpClient http, string feed)
{
    var marker = "\"@odata.nextLink\":\""u8.ToArray();
    var row = "{\"AgencyId\":"u8.ToArray();
    long count = 0;
    string? next = feed + "/Agencies";
    while (next is not null)
    {
        var body = await http.GetByteArrayAsync(new Uri(next));
        for (var span = body.AsSpan(); span.IndexOf(row) is var at and >= 0; span = span[(at + row.Length)..])
        {
            count++;
        }
        var link = body.AsSpan().LastIndexOf(marker);
        next = link < 0 ? null : Encoding.UTF8.GetString(body.AsSpan(link + marker.Length)[..body.AsSpan(link + marker.Length).IndexOf((byte)'"')]);
    }
    return count;
}

static async Task<long> ODataLibAsync(NpgsqlDataSource source, string feed)
{
    var model = new EdmModel();
    var type = new EdmEntityType("PartnershipHub", "Agency");
    type.AddKeys(type.AddStructuralProperty("AgencyId", EdmPrimitiveTypeKind.Guid, false));
    type.AddStructuralProperty("Name", EdmPrimitiveTypeKind.String, false);
    type.AddStructuralProperty("Type", EdmPrimitiveTypeKind.String, false);
    type.AddStructuralProperty("IsActive", EdmPrimitiveTypeKind.Boolean, false);
    model.AddElement(type);
    var container = new EdmEntityContainer("PartnershipHub", "Container");
    model.AddElement(container);
    var set = container.AddEntitySet("Agencies", type);

    await using var command = source.CreateCommand(Sql);
    await using var reader = await command.ExecuteReaderAsync();
    var message = new StreamResponseMessage(Stream.Null);
    var settings = new ODataMessageWriterSettings { ODataUri = new ODataUri { ServiceRoot = new Uri(feed + "/") }, EnableMessageStreamDisposal = false };
    using var messageWriter = new ODataMessageWriter(message, settings, model);
    var writer = messageWriter.CreateODataResourceSetWriter(set, type);
    writer.WriteStart(new ODataResourceSet());
    long count = 0;
    while (await reader.ReadAsync())
    {
        writer.WriteStart(new ODataResource
        {
            Properties =
            [
                new ODataProperty { Name = "AgencyId", Value = reader.GetGuid(0) },
                new ODataProperty { Name = "Name", Value = reader.GetString(1) },
                new ODataProperty { Name = "Type", Value = reader.GetString(2) },
                new ODataProperty { Name = "IsActive", Value = reader.GetBoolean(3) },
            ],
        });
        writer.WriteEnd();
        count++;
    }
    writer.WriteEnd();
    writer.Flush();
    return count;
}

static async Task EnsureRowsAsync(NpgsqlDataSource source, int rows)
{
    await using var count = source.CreateCommand("SELECT count(*) FROM platform.agencies");
    var existing = (long)(await count.ExecuteScalarAsync())!;
    if (existing >= rows)
    {
        return;
    }
    await using var insert = source.CreateCommand(
        "INSERT INTO platform.agencies (id, name, type, is_active) SELECT gen_random_uuid(), 'Bench agency ' || n, 'voluntary', n % 7 <> 0 FROM generate_series(@from, @to) n");
    insert.Parameters.AddWithValue("from", existing + 1);
    insert.Parameters.AddWithValue("to", (long)rows);
    await insert.ExecuteNonQueryAsync();
}

/// <summary>ODataLib's response message over a stream, as a server would give it the response body.</summary>
internal sealed class StreamResponseMessage(Stream stream) : IODataResponseMessage
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json;odata.metadata=minimal" };

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public int StatusCode { get; set; } = 200;

    public string GetHeader(string headerName) => _headers.GetValueOrDefault(headerName)!;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => stream;
}
