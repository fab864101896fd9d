using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Partnership.Testing;
using Shouldly;

namespace Partnership.Host.Tests.Tokens;

/// <summary>The reporting token pages as a person uses them, for the tests.</summary>
internal static partial class TokenPages
{
    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, string name, DateOnly expiresOn) =>
        CreateAsync(client, name, expiresOn.Day.ToString(CultureInfo.InvariantCulture), expiresOn.Month.ToString(CultureInfo.InvariantCulture), expiresOn.Year.ToString(CultureInfo.InvariantCulture));

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, string name, string day, string month, string year) =>
        client.PostFormAsync("/account/tokens/new", new()
        {
            ["Name"] = name,
            ["ExpiresOn.Day"] = day,
            ["ExpiresOn.Month"] = month,
            ["ExpiresOn.Year"] = year,
        });

    /// <summary>Creates a token through the form and returns the secret the confirmation page shows.</summary>
    public static async Task<string> CreateSecretAsync(HttpClient client, string name, DateOnly expiresOn)
    {
        var response = await CreateAsync(client, name, expiresOn);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var match = Secret().Match(html);
        match.Success.ShouldBeTrue("the confirmation page shows the secret");
        return match.Groups[1].Value;
    }

    public static async Task<string> ListAsync(HttpClient client) =>
        await client.GetStringAsync(new Uri("/account/tokens", UriKind.Relative));

    /// <summary>The id of the person's token with this name, read from the list's revoke link.</summary>
    public static async Task<Guid> IdAsync(HttpClient client, string name)
    {
        var html = await ListAsync(client);
        var match = Regex.Match(html, $"href=\"/account/tokens/([0-9a-f-]+)/revoke\">Revoke<span class=\"govuk-visually-hidden\"> {Regex.Escape(WebUtility.HtmlEncode(name))}</span>");
        match.Success.ShouldBeTrue($"the list has a revoke link for {name}");
        return Guid.Parse(match.Groups[1].Value);
    }

    public static string ErrorSummary(string html) =>
        Regex.Match(html, "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("<code class=\"app-secret app-secret--shown-once\" id=\"token-secret\"[^>]*>([^<]+)</code>")]
    private static partial Regex Secret();
}
