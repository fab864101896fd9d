using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

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
}
