namespace Partnership.SharedKernel.Reporting;

/// <summary>
/// Who may read a reporting set's rows. The feed applies it with <see cref="Access.AccessRules"/>,
/// on top of whatever the set's own query already limits.
/// </summary>
public sealed record ReportingAccess
{
    private ReportingAccess(ReportingAccessKind kind, string? agencyColumn)
    {
        Kind = kind;
        AgencyColumn = agencyColumn;
    }

    /// <summary>Records of the partnership as a whole: every reader sees every row the set's query returns.</summary>
    public static ReportingAccess Partnership { get; } = new(ReportingAccessKind.Partnership, null);

    /// <summary>Only the business team reads the set; others are refused.</summary>
    public static ReportingAccess BusinessTeamOnly { get; } = new(ReportingAccessKind.BusinessTeamOnly, null);

    public ReportingAccessKind Kind { get; }

    /// <summary>For agency-owned rows, the <see cref="Guid"/> column that names the owning agency.</summary>
    public string? AgencyColumn { get; }

    /// <summary>Each row belongs to the agency in <paramref name="agencyColumn"/>: an agency's users see only their own.</summary>
    public static ReportingAccess OwnedByAgency(string agencyColumn = "AgencyId") => new(ReportingAccessKind.AgencyOwned, agencyColumn);
}

public enum ReportingAccessKind
{
    Partnership,
    AgencyOwned,
    BusinessTeamOnly,
}
