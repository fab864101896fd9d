using Partnership.SharedKernel.Users;

namespace Partnership.SharedKernel.Notifications;

/// <summary>Who receives a notice: the active people with a role, optionally only those of one agency.</summary>
public sealed record NoticeAudience(string Role, Guid? AgencyId = null)
{
    public static NoticeAudience BusinessTeam { get; } = new(Roles.BusinessTeam);

    public static NoticeAudience AgencyLeadsOf(Guid agencyId) => new(Roles.AgencyLead, agencyId);
}
