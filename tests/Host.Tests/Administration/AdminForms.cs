using System.Net;
using System.Text.RegularExpressions;
using Partnership.Testing;

namespace Partnership.Host.Tests.Administration;

/// <summary>Posts the administration forms as a browser does, repeated fields (roles) included, and reads their answers.</summary>
internal static partial class AdminForms
{
    /// <summary>Fetches the form's page for its antiforgery token, then posts the fields to it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return await client.SubmitWithTokenAsync(path, SignIn.AntiforgeryToken(page), fields);
    }

    public static async Task<HttpResponseMessage> SubmitWithTokenAsync(this HttpClient client, string path, string token, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(
            fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<string> PageAsync(this HttpClient client, string path) => await client.GetStringAsync(new Uri(path, UriKind.Relative));

    public static string Location(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location!.ToString() : throw new InvalidOperationException($"Expected a redirect, got {response.StatusCode}");

    /// <summary>The messages of the GOV.UK error summary, each with the id of the field it links to.</summary>
    public static IReadOnlyList<(string Field, string Message)> ErrorSummary(string html)
    {
        var list = SummaryList().Match(html);
        return list.Success
            ? [.. SummaryItem().Matches(list.Groups[1].Value).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))]
            : [];
    }

    public static string? SuccessBanner(string html) =>
        Banner().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>The invitation link the page shows, as a path and query on this host.</summary>
    public static string InvitationLink(string html) =>
        new Uri(WebUtility.HtmlDecode(Link().Match(html).Groups[1].Value)).PathAndQuery;

    [GeneratedRegex("<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryList();

    [GeneratedRegex("<li><a href=\"#([^\"]*)\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex SummaryItem();

    [GeneratedRegex("<p class=\"govuk-notification-banner__heading\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Banner();

    [GeneratedRegex("id=\"invitation-link\" href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
