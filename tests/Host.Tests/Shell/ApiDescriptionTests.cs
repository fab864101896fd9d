using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Shell;

public sealed class ApiDescriptionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly Uri Document = new("/api/openapi/v1.json", UriKind.Relative);

    [Fact]
    public async Task The_api_is_described_by_OpenAPI_for_the_platform_and_every_enabled_module()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Practitioner);

        var document = await client.GetFromJsonAsync<JsonElement>(Document);

        document.GetProperty("openapi").GetString().ShouldStartWith("3.");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Partnership Hub API");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/me");
        paths.ShouldContain("/api/notifications");
        paths.ShouldContain("/api/reviews");
        paths.ShouldContain("/api/reviews/{id}/moves");
        var add = document.GetProperty("paths").GetProperty("/api/reviews").GetProperty("post");
        add.GetProperty("tags")[0].GetString().ShouldBe("Reviews");
        add.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_description_needs_a_signed_in_user()
    {
        (await fixture.Host.Browser().GetAsync(Document)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
