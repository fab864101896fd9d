using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace Partnership.Host.Tests.Scheduling;

/// <summary>The jobs page as a person uses it: read it, find a job's row, press its "Run now" button.</summary>
internal sealed partial class JobsPage(HttpClient client)
{
    public async Task<string> ReadAsync()
    {
        var response = await client.GetAsync(new Uri("/jobs", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The table row of one job, or null when the page does not list it.</summary>
    public static string? Row(string html, string module, string job)
    {
        var start = html.IndexOf($"id=\"job-{module}-{job}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..end]);
    }

    public async Task<string?> RowAsync(string module, string job) => Row(await ReadAsync(), module, job);

    /// <summary>Posts the row's form with the page's antiforgery token and returns the page it redirects to.</summary>
    public async Task<string> RunNowAsync(string module, string job)
    {
        var html = await ReadAsync();
        var start = html.IndexOf($"id=\"job-{module}-{job}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"the page lists {module} {job}");
        var form = FormElement().Match(html, start);
        form.Success.ShouldBeTrue("the row has a form");
        var fields = HiddenInput().Matches(form.Value)
            .ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields.ShouldContainKey("__RequestVerificationToken");

        var action = WebUtility.HtmlDecode(form.Groups["action"].Value);
        var response = await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/jobs", "the post redirects back to the page");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]*)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
