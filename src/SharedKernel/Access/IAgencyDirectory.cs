namespace Partnership.SharedKernel.Access;

/// <summary>The partnership's agencies, as the platform keeps them, for modules to name and choose from.</summary>
public interface IAgencyDirectory
{
    Task<IReadOnlyList<AgencySummary>> AllAsync(CancellationToken cancellationToken);
}

public sealed record AgencySummary(Guid Id, string Name, string Type, bool IsActive);
