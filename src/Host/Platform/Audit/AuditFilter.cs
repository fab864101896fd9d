namespace Partnership.Host.Platform.Audit;

/// <summary>
/// What to look for in the audit trail; null is "any". <see cref="From"/> and <see cref="Before"/> are
/// instants (the start of UK days), <see cref="Before"/> excluded.
/// </summary>
internal sealed record AuditFilter
{
    /// <summary>Part of the actor's email address.</summary>
    public string? Person { get; init; }

    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public Guid? AgencyId { get; init; }

    public string? Action { get; init; }

    /// <summary>One schema only.</summary>
    public string? Schema { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? Before { get; init; }
}
