namespace Partnership.SharedKernel.Audit;

/// <summary>
/// One thing that happened, kept in the schema where it happened, in the same transaction: who, when,
/// which entity and id, and the values before and after.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>The person's email at the time, or "system" for the platform itself.</summary>
    public required string Actor { get; init; }

    public Guid? AgencyId { get; init; }

    /// <summary>Created, Updated, Deleted, or an event such as SignedIn, SignInFailed, LockedOut, AccessDenied.</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public string? EntityId { get; init; }

    /// <summary>JSON of the values before the change, or null.</summary>
    public string? Before { get; init; }

    /// <summary>JSON of the values after the change, or null.</summary>
    public string? After { get; init; }
}
