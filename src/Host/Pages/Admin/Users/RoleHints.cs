using Partnership.SharedKernel.Users;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>What each role lets a person do, in the words the roles' checkboxes show.</summary>
internal static class RoleHints
{
    public static string For(string role) => role switch
    {
        Roles.BusinessTeam => "Runs the review register, action plans, audits and training, and administers the service",
        Roles.AgencyLead => "Sees and updates their own agency's actions, audits and registers",
        Roles.Practitioner => "Books training and answers audit questions for their own agency's cases",
        Roles.Scrutineer => "Reads every agency's records and changes nothing",
        Roles.Analyst => "Reads the reporting feed in Power BI or Excel, not the screens",
        _ => "",
    };
}
