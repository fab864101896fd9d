namespace Partnership.Modules.Recommendations.Plans;

/// <summary>Where a recommendation came from.</summary>
internal enum SourceKind
{
    Review,
    Inspection,
    AuditFinding,
    ThematicReview,
}

internal static class SourceKindNames
{
    public static string DisplayName(this SourceKind kind) => kind switch
    {
        SourceKind.Review => "Review",
        SourceKind.Inspection => "Inspection",
        SourceKind.AuditFinding => "Audit finding",
        _ => "Thematic review",
    };
}
