using Partnership.Testing;
using Xunit;

namespace Partnership.Modules.Reviews.Tests.Register;

/// <summary>The host with the demo partnership and its reviews, on a fresh database.</summary>
public sealed class ReviewHostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public PartnershipHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = new PartnershipHost(Database.ConnectionString);
        Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
