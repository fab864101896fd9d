namespace Partnership.Host.Platform.Audit;

/// <summary>One audit entry as the search returns it, with the schema it was kept in.</summary>
internal sealed record AuditRecord(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Actor,
    Guid? AgencyId,
    string Action,
    string EntityType,
    string? EntityId,
    string? Before,
    string? After,
    AuditSource Source);
