using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;

// Two measurements of the reporting feed's Actions set. First, full pulls of 100,000 rows and then all of
// them: the floor (plain Npgsql and Utf8JsonWriter, in process to nowhere and served over HTTP) and the
// feed (HTTP, following every nextLink), with the host's peak memory after each size. Second, the writers
// alone, from the same rows in memory: the feed's SetWriter against ODataLib's ODataMessageWriter.
// Usage: FeedBench <connection string> <feed root> <email> <token> <rows> <runs> <host pid> <warm-up seconds>
// Or: FeedBench serve-floor <connection string> <address>, the floor alone over HTTP until stopped (bench/feed-preview.sh).
if (args is ["serve-floor", var floorConnection, var floorAddress])
{
    await using var floorSource = NpgsqlDataSource.Create(floorConnection);
    await using var served = await FloorServer.StartAsync(floorSource, floorAddress);
    await served.WaitForShutdownAsync();
    return;
}
var (connection, feed, email, token) = (args[0], args[1].TrimEnd('/'), args[2], args[3]);
var rows = long.Parse(args[4], CultureInfo.InvariantCulture);
var runs = int.Parse(args[5], CultureInfo.InvariantCulture);
var hostPid = int.Parse(args[6], CultureInfo.InvariantCulture);
var warmUp = TimeSpan.FromSeconds(int.Parse(args[7], CultureInfo.InvariantCulture));
var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

await using var source = NpgsqlDataSource.Create(connection);
await using var floorServer = await FloorServer.StartAsync(source);
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));
using var plain = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };

// The runtime recompiles hot methods for a minute or more after start (tiered compilation): pull until it has settled.
var warming = Stopwatch.StartNew();
while (warming.Elapsed < warmUp)
{
    await FeedPull.FeedAsync(http, feed, 100_000);
    await FeedPull.PullAsync(plain, $"{floorServer.Address}/floor?rows=100000");
}

Console.WriteLine("| date | rows | floor, in process | floor, over HTTP | feed | feed / floor over HTTP | feed / floor in process | host peak memory |");
foreach (var size in new[] { Math.Min(100_000, rows), rows }.Distinct())
{
    var results = new Dictionary<string, List<double>> { ["inProcess"] = [], ["http"] = [], ["feed"] = [] };
    for (var run = 0; run < runs; run++)
    {
        results["inProcess"].Add(await TimeAsync(() => Floor.PullAsync(source, size), size));
        results["http"].Add(await TimeAsync(() => FeedPull.PullAsync(plain, $"{floorServer.Address}/floor?rows={size}"), size));
        results["feed"].Add(await TimeAsync(() => FeedPull.FeedAsync(http, feed, size), size));
    }
    var (p, h, d) = (Median(results["inProcess"]), Median(results["http"]), Median(results["feed"]));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {date} | {size:N0} | {p:0} ms | {h:0} ms | {d:0} ms | {d / h:0.00} | {d / p:0.00} | {PeakMegabytes(hostPid)} MB |"));
}

const int Read = 100_000;
var inMemory = await WriterRace.ReadAsync(source, Read);
var times = (int)Math.Max(1, rows / Read);
var writers = new Dictionary<string, List<double>> { ["feed"] = [], ["async"] = [], ["sync"] = [] };
for (var run = 0; run <= runs; run++)
{
    var (w, a, s) = (await WriterRace.FeedWriterAsync(inMemory, times, feed), await WriterRace.ODataLibAsync(inMemory, times, feed, asynchronous: true),
        await WriterRace.ODataLibAsync(inMemory, times, feed, asynchronous: false));
    if (run > 0)
    {
        writers["feed"].Add(w);
        writers["async"].Add(a);
        writers["sync"].Add(s);
    }
}
var (fw, aw, sw) = (Median(writers["feed"]), Median(writers["async"]), Median(writers["sync"]));
Console.WriteLine();
Console.WriteLine("| date | rows written | feed's SetWriter | ODataMessageWriter, async | ODataMessageWriter, sync | async / feed | sync / feed |");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {date} | {inMemory.Count * times:N0} | {fw:0} ms | {aw:0} ms | {sw:0} ms | {aw / fw:0.0} | {sw / fw:0.0} |"));

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static async Task<double> TimeAsync(Func<Task<long>> pull, long expected)
{
    var watch = Stopwatch.StartNew();
    var count = await pull();
    watch.Stop();
    if (count != expected)
    {
        throw new InvalidOperationException($"{count} rows were pulled, not {expected}.");
    }
    return watch.Elapsed.TotalMilliseconds;
}

// The host's peak resident set (VmHWM) so far, in MB.
static long PeakMegabytes(int pid) =>
    File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).Single();
