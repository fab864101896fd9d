namespace Partnership.Host.Platform.Audit;

/// <summary>A schema whose <c>audit_entries</c> the audit trail screen reads, and what to call it there.</summary>
internal sealed record AuditSource(string Schema, string Title);
