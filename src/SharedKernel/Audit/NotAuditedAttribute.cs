namespace Partnership.SharedKernel.Audit;

/// <summary>A secret (a password hash, a key): the audit trail records that it changed, never its value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
