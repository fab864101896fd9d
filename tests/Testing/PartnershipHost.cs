using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Partnership.Testing;

/// <summary>
/// The real host, in process, on a test database. <paramref name="settings"/> are configuration keys
/// as the host reads them (<c>Modules:Housing:Enabled</c>), applied before the host composes itself.
/// </summary>
public sealed class PartnershipHost(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Partnership", connectionString);
        // Each in-process host has its own scheduler; tests that need a cluster ask for one.
        builder.UseSetting("Scheduler:InstanceName", "Test" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
