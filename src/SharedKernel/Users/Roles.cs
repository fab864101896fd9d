namespace Partnership.SharedKernel.Users;

/// <summary>The roles of DOMAIN.md. A user has one or more; agency scoping reads them.</summary>
public static class Roles
{
    /// <summary>The partnership business team: administers everything, sees and changes every agency's records.</summary>
    public const string BusinessTeam = "business-team";

    /// <summary>An agency's named safeguarding lead: their own agency's records.</summary>
    public const string AgencyLead = "agency-lead";

    /// <summary>Front-line staff of an agency: their own agency's records.</summary>
    public const string Practitioner = "practitioner";

    /// <summary>The independent chair or scrutineer: reads everything, changes nothing.</summary>
    public const string Scrutineer = "scrutineer";

    /// <summary>Performance and intelligence staff: read the reporting feed, not the screens.</summary>
    public const string Analyst = "analyst";

    public static IReadOnlyList<string> All { get; } = [BusinessTeam, AgencyLead, Practitioner, Scrutineer, Analyst];

    public static string DisplayName(string role) => role switch
    {
        BusinessTeam => "Business team",
        AgencyLead => "Agency lead",
        Practitioner => "Practitioner",
        Scrutineer => "Scrutineer",
        Analyst => "Analyst",
        _ => role,
    };
}
