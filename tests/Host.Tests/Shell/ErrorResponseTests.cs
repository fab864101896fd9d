using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Shell;

public sealed class ErrorResponseTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task An_unknown_page_gets_the_services_not_found_page()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Practitioner);
        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Page not found");
        html.ShouldContain("govuk-footer");
    }

    [Fact]
    public async Task An_unknown_api_route_gets_problem_details()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Practitioner);
        var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_address_asked_anonymously_reveals_nothing_but_the_sign_in()
    {
        (await fixture.Host.Browser().GetAsync(new Uri("/no-such-page", UriKind.Relative))).Headers.Location!.ToString().ShouldContain("/account/login");
        (await fixture.Host.Browser().GetAsync(new Uri("/api/no-such-thing", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Invalid_json_input_gets_a_validation_problem_naming_the_field_and_saves_nothing()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Business);
        var response = await client.PostAsJsonAsync("/api/sample/notes", new { text = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Enter the text of the note");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM sample.notes")).ShouldBe(0);
    }

    [Fact]
    public async Task The_accessibility_statement_is_linked_from_every_page()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.Practitioner);
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldContain("href=\"/accessibility\"");
        var statement = await fixture.Host.CreateClient().GetAsync(new Uri("/accessibility", UriKind.Relative));
        statement.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await statement.Content.ReadAsStringAsync()).ShouldContain("Accessibility statement for Partnership Hub");
    }
}
