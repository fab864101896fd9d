using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Partnership.Testing;

/// <summary>
/// The real host, in process, on a test database, with the demo partnership seeded (its accounts use
/// <see cref="DemoPassword"/>). <paramref name="settings"/> are configuration keys as the host reads
/// them (<c>Modules:Housing:Enabled</c>), applied before the host composes itself.
/// </summary>
public sealed class PartnershipHost(
    string connectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "a long test password for demo accounts";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Partnership", connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        // Every test signs in through the form; the rate limit has its own test.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        // Each in-process host has its own scheduler; tests that need a cluster ask for one.
        builder.UseSetting("Scheduler:InstanceName", "Test" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
