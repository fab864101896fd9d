using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace Partnership.Testing;

/// <summary>Reads the reporting feed as Power BI does: Basic with a demo account's email and its reporting token.</summary>
public static class ReportingFeedClient
{
    /// <summary>The reporting token a host started with <see cref="Settings"/> gives every demo account.</summary>
    public const string DemoToken = "ph_test-reporting-token-0123456789";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:ReportingToken"] = DemoToken };

    public static HttpClient Feed(this PartnershipHost host, string email, string token = DemoToken)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));
        return client;
    }

    /// <summary>The rows of one page at <c>/odata/</c><paramref name="address"/>, which must answer 200.</summary>
    public static async Task<List<JsonElement>> RowsAsync(this HttpClient feed, string address)
    {
        using var response = await feed.GetAsync(new Uri("/odata/" + address, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone())];
    }
}
