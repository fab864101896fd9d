using Partnership.SharedKernel.Audit;

namespace Partnership.Host.Platform.Users;

/// <summary>A person who can sign in: one agency, one or more roles.</summary>
internal sealed class PlatformUser
{
    public Guid Id { get; init; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    public Guid AgencyId { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsActive { get; set; } = true;

    [NotAudited]
    public string? PasswordHash { get; set; }

    [NotAudited]
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    [NotAudited]
    public string? AuthenticatorKey { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public DateTimeOffset InvitedAt { get; init; }

    public uint Version { get; private set; }
}
