using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Partnership.SharedKernel.Audit;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Users;

namespace Partnership.SharedKernel.Access;

/// <summary>Checks every pending change against <see cref="AccessRules"/> before anything is saved.</summary>
internal static class ChangeRules
{
    public static void EnsureAllowed(ICurrentUser user, ChangeTracker changes)
    {
        foreach (var entry in changes.Entries().Where(IsBusinessChange))
        {
            if (!AccessRules.MayChangeAnything(user))
            {
                throw new AccessDeniedException($"{Describe(user)} may read but not change records.");
            }
            if (entry.Entity is IPartnershipRecord && !user.IsSystem && !user.IsInRole(Roles.BusinessTeam))
            {
                throw new AccessDeniedException($"{Describe(user)} may not change the partnership's {entry.Metadata.ClrType.Name} records; the business team does.");
            }
            if (entry.Entity is IAgencyOwned owned)
            {
                var agencies = new[] { owned.AgencyId, OriginalAgency(entry) ?? owned.AgencyId };
                if (agencies.Any(agency => !AccessRules.MayChangeAgencyRecord(user, agency)))
                {
                    throw new AccessDeniedException($"{Describe(user)} may not change another agency's {entry.Metadata.ClrType.Name}.", hideExistence: true);
                }
            }
        }
    }

    private static bool IsBusinessChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not (OutboxMessage or InboxMessage or AuditEntry);

    private static Guid? OriginalAgency(EntityEntry entry) =>
        entry.State == EntityState.Added ? null : entry.OriginalValues.GetValue<Guid>(nameof(IAgencyOwned.AgencyId));

    private static string Describe(ICurrentUser user) => user.Email ?? "An anonymous user";
}
