using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Partnership.Testing;
using Xunit;

namespace Partnership.Host.Tests.Reporting;

/// <summary>One host with the demo partnership, every demo account holding the reporting token <see cref="Token"/>.</summary>
public sealed class FeedFixture : IAsyncLifetime
{
    public const string Token = "ph_feed-tests-token-0123456789";

    public TestDatabase Database { get; } = new();

    public PartnershipHost Host { get; private set; } = null!;

    /// <summary>The Measurements rows, as the database holds them, for the tests to compute what the feed must answer.</summary>
    public List<Partnership.Modules.Sample.MeasurementRow> Rows { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = new PartnershipHost(Database.ConnectionString, new Dictionary<string, string?> { ["Demo:ReportingToken"] = Token });
        Host.CreateClient();
        var agencies = await Measurements.AgencyIdsAsync(Database.ConnectionString);
        Rows = Measurements.Generate(700, agencies);
        await Measurements.InsertAsync(Database.ConnectionString, Rows);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A client that signs every request with Basic: the account's email and the token.</summary>
    public HttpClient Feed(string email = SignIn.Analyst, string token = Token)
    {
        var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
