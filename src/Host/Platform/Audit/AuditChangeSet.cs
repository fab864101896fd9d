namespace Partnership.Host.Platform.Audit;

internal enum AuditChangeKind
{
    /// <summary>A record changed: each field from its old value to its new one.</summary>
    Changed,

    /// <summary>A record was created, or an event recorded: its values.</summary>
    Values,

    /// <summary>A record was deleted: what it held.</summary>
    Removed,
}

internal sealed record FieldChange(string Field, string? Before, string? After);

internal sealed record AuditChangeSet(AuditChangeKind Kind, IReadOnlyList<FieldChange> Fields);
