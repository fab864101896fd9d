namespace Partnership.SharedKernel.Seeding;

/// <summary>
/// Demo data a module adds when the host runs with <c>Demo:Seed=true</c>. Runs at every start,
/// so it must leave existing data alone.
/// </summary>
public interface ISeedData
{
    /// <summary>Lower runs first; the platform's agencies and people seed at 0.</summary>
    int Order => 100;

    Task SeedAsync(CancellationToken cancellationToken);
}
