using System.Net;
using System.Net.Http.Json;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Modules;

/// <summary>
/// The sample module is not referenced by the host: it is only copied beside it. Present and enabled,
/// it appears everywhere; disabled or absent, it leaves no trace.
/// </summary>
public sealed class ModulePluginTests
{
    [Fact]
    public async Task A_module_present_and_enabled_appears_everywhere()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var host = new PartnershipHost(database.ConnectionString);
        var client = await host.SignedInAsync(SignIn.Business);

        (await client.GetAsync(new Uri("/sample", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/sample/notes", new { text = "hello" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldContain("href=\"/sample\"");
        (await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative))).ShouldContain("\"Sample\"");
        (await database.ScalarAsync<long>("SELECT count(*) FROM sample.__migrations")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_disabled_module_leaves_no_trace()
    {
        await AssertNoTraceOf("Sample", "/sample", new Dictionary<string, string?> { ["Modules:Sample:Enabled"] = "false" });
    }

    [Fact]
    public async Task An_absent_module_leaves_no_trace()
    {
        var folder = Directory.CreateTempSubdirectory("modules-");
        try
        {
            foreach (var module in Directory.EnumerateFiles(AppContext.BaseDirectory, "Partnership.Modules.*.dll")
                         .Where(path => !Path.GetFileName(path).StartsWith("Partnership.Modules.Sample", StringComparison.Ordinal)))
            {
                File.Copy(module, Path.Combine(folder.FullName, Path.GetFileName(module)));
            }
            await AssertNoTraceOf("Sample", "/sample", new Dictionary<string, string?> { ["Modules:Directory"] = folder.FullName });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Switching_housing_off_removes_it_everywhere()
    {
        await AssertNoTraceOf("Housing", "/housing", new Dictionary<string, string?> { ["Modules:Housing:Enabled"] = "false" });
    }

    private static async Task AssertNoTraceOf(string module, string screens, Dictionary<string, string?> settings)
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var host = new PartnershipHost(database.ConnectionString, settings);
        var client = await host.SignedInAsync(SignIn.Business);

        (await client.GetAsync(new Uri(screens, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri("/api" + screens + "/notes", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldNotContain($"href=\"{screens}\"");
        var health = await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative));
        health.ShouldNotContain($"\"{module}\"");
        health.ShouldContain("\"Reviews\"");
        (await database.ScalarAsync<long>($"SELECT count(*) FROM information_schema.schemata WHERE schema_name = '{module.ToLowerInvariant()}'")).ShouldBe(0);
    }
}
