using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace Partnership.Host.Tests.Audit;

/// <summary>The audit trail screen as the tests read it: its rows, its summary and its errors.</summary>
internal sealed partial class AuditPage(string html)
{
    public string Html { get; } = html;

    public List<string> Rows => [.. Row().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Value))];

    public string ErrorSummary => Regex.Match(Html, "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;

    public static async Task<AuditPage> OpenAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync(new Uri("/admin/audit" + query, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new AuditPage(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<tr class=\"govuk-table__row\" id=\"entry-.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
