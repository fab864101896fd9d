namespace Partnership.Host.Platform.Agencies;

/// <summary>An organisation of the partnership: the unit of access.</summary>
internal sealed class Agency
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public required string Type { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>PostgreSQL's xmin: a second save of a stale copy gets a conflict, not an overwrite.</summary>
    public uint Version { get; private set; }
}
