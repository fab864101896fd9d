using Partnership.Host.Data;
using Partnership.SharedKernel.Audit;

namespace Partnership.Host.Platform.Users;

/// <summary>Records sign-ins, failures and lockouts under the email that was tried, known or not.</summary>
internal sealed class SignInAudit(PlatformDbContext db, TimeProvider time)
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignedOut = "SignedOut";

    public async Task RecordAsync(string action, string email, PlatformUser? user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            UserId = user?.Id,
            Actor = email,
            AgencyId = user?.AgencyId,
            Action = action,
            EntityType = nameof(PlatformUser),
            EntityId = user?.Id.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
