using Partnership.SharedKernel.Users;

namespace Partnership.SharedKernel.Access;

/// <summary>The partnership's access rules, in one place, for every module and every door.</summary>
public static class AccessRules
{
    /// <summary>Sees every agency's records: the business team, the scrutineer, analysts and the platform itself.</summary>
    public static bool SeesAllAgencies(ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.BusinessTeam) || user.IsInRole(Roles.Scrutineer) || user.IsInRole(Roles.Analyst);

    /// <summary>May change anything at all: not the read-only roles.</summary>
    public static bool MayChangeAnything(ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.BusinessTeam) || user.IsInRole(Roles.AgencyLead) || user.IsInRole(Roles.Practitioner);

    /// <summary>May change a record that belongs to <paramref name="agencyId"/>.</summary>
    public static bool MayChangeAgencyRecord(ICurrentUser user, Guid agencyId) =>
        user.IsSystem
        || user.IsInRole(Roles.BusinessTeam)
        || ((user.IsInRole(Roles.AgencyLead) || user.IsInRole(Roles.Practitioner)) && user.AgencyId == agencyId);
}
