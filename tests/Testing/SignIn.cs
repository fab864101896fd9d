using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Partnership.Testing;

/// <summary>Signs a demo account in through the real sign-in form, as a browser would.</summary>
public static partial class SignIn
{
    public const string Business = "business@demo.example";
    public const string HealthLead = "health.lead@demo.example";
    public const string PoliceLead = "police.lead@demo.example";
    public const string HousingLead = "housing.lead@demo.example";
    public const string Practitioner = "practitioner@demo.example";
    public const string Scrutineer = "scrutineer@demo.example";
    public const string Analyst = "analyst@demo.example";

    public static IReadOnlyList<string> DemoAccounts { get; } = [Business, HealthLead, PoliceLead, HousingLead, Practitioner, Scrutineer, Analyst];

    /// <summary>A client that keeps cookies and, unless asked, does not follow redirects, so tests see them.</summary>
    public static HttpClient Browser(this PartnershipHost host, bool followRedirects = false) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = new Uri("https://localhost") });

    public static async Task<HttpClient> SignedInAsync(this PartnershipHost host, string email, string password = PartnershipHost.DemoPassword, bool followRedirects = false)
    {
        var client = host.Browser(followRedirects);
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });
        var signedIn = followRedirects
            ? response.RequestMessage!.RequestUri!.AbsolutePath != "/account/login"
            : response.StatusCode == HttpStatusCode.Redirect;
        if (!signedIn)
        {
            throw new InvalidOperationException($"{email} could not sign in: {response.StatusCode}");
        }
        return client;
    }

    /// <summary>Posts a form the way a browser does: the page's antiforgery token and cookie included.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(new Uri(formPage ?? path, UriKind.Relative));
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
