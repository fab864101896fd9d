using Xunit;

namespace Partnership.Testing;

/// <summary>One running host on one fresh database, shared by the tests of a class.</summary>
public sealed class HostFixture : IAsyncLifetime
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
