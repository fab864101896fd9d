using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Platform.Security;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

/// <summary>
/// Every JSON endpoint and page that the enabled modules and the platform register, found by asking the
/// running host, not from a list: a module added later is covered without touching this test.
/// </summary>
public sealed class AccessMatrixTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly string[] PublicPaths = ["/account/login", "/account/login-with-code", "/account/signed-out", "/accessibility", "/health/live", "/health/ready", "/error"];

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api_and_the_sign_in_page_from_screens()
    {
        var failures = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            foreach (var method in endpoint.Methods)
            {
                var response = await Send(fixture.Host.Browser(), method, endpoint.Path);
                var allowed = endpoint.AllowsAnonymous;
                var expected = allowed ? "public" : endpoint.IsApi ? "401" : "redirect to sign-in";
                var actual = response.StatusCode switch
                {
                    _ when allowed && response.StatusCode != HttpStatusCode.Unauthorized && (int)response.StatusCode < 500 => "public",
                    HttpStatusCode.Unauthorized => "401",
                    HttpStatusCode.Redirect when response.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) == true => "redirect to sign-in",
                    var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                if (actual != expected)
                {
                    failures.Add($"{method} {endpoint.Path}: expected {expected}, got {actual}");
                }
            }
        }
        failures.ShouldBeEmpty();
        Endpoints().Where(e => e.AllowsAnonymous).Select(e => e.Path.Split('/', 3)[1]).Distinct()
            .ShouldAllBe(segment => segment == "account" || segment == "accessibility" || segment == "health" || segment == "error" || segment == "status");
    }

    [Fact]
    public async Task Every_role_gets_an_answer_that_fits_it_from_every_page_and_endpoint()
    {
        var failures = new List<string>();
        foreach (var account in SignIn.DemoAccounts)
        {
            var client = await fixture.Host.SignedInAsync(account);
            foreach (var endpoint in Endpoints().Where(e => e.Methods.Contains("GET")))
            {
                var response = await Send(client, "GET", endpoint.Path);
                var status = (int)response.StatusCode;
                var mayNotUse = (endpoint.BusinessTeamOnly && account != SignIn.Business)
                    || (account == SignIn.Analyst && !endpoint.OpenToEveryoneSignedIn && !endpoint.AllowsAnonymous);
                if (status >= 500 || status == 401 || (mayNotUse && status != 403) || (!mayNotUse && status == 403))
                {
                    failures.Add($"{account} GET {endpoint.Path}: {status}");
                }
            }
        }
        failures.ShouldBeEmpty();
    }

    private sealed record Door(string Path, IReadOnlyList<string> Methods, bool IsApi, bool AllowsAnonymous, bool BusinessTeamOnly, bool OpenToEveryoneSignedIn);

    private List<Door> Endpoints()
    {
        fixture.Host.CreateClient();
        return fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // The error and status pages answer with the status they explain.
            .Where(e => e.RoutePattern.RawText is not null && !e.RoutePattern.RawText.StartsWith("status", StringComparison.Ordinal) && e.RoutePattern.RawText.TrimStart('/') != "error")
            .Select(e => new Door(
                "/" + Fill(e.RoutePattern).TrimStart('/'),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"],
                Fill(e.RoutePattern).TrimStart('/').StartsWith("api/", StringComparison.Ordinal),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null || PublicPaths.Contains("/" + Fill(e.RoutePattern).TrimStart('/')),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.BusinessTeam),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.SignedIn)))
            .GroupBy(d => d.Path)
            .Select(g => g.Aggregate((a, b) => a with { Methods = [.. a.Methods.Union(b.Methods)] }))
            .ToList();
    }

    private static string Fill(RoutePattern pattern) =>
        string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
            RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => "",
        }))));

    private static async Task<HttpResponseMessage> Send(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return await client.SendAsync(request);
    }
}
