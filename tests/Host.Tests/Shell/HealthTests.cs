using Partnership.Testing;
using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Shell;

public sealed class HealthTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Live_answers_without_touching_dependencies()
    {
        var response = await fixture.Host.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_reports_the_database_the_scheduler_and_each_module_by_name()
    {
        var response = await fixture.Host.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = body.RootElement.GetProperty("checks");
        foreach (var name in new[] { "database", "scheduler", "Reviews", "Recommendations", "Audits", "Training", "Housing", "Health" })
        {
            checks.GetProperty(name).GetProperty("status").GetString().ShouldBe("Healthy", $"{name} should be healthy");
        }
    }
}

public sealed class HealthWithoutSchedulerTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_host_whose_scheduler_is_switched_off_on_purpose_is_ready_and_says_so()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" });

        var response = await host.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("checks").GetProperty("scheduler").GetProperty("description").GetString()!.ShouldContain("switched off");
    }
}
