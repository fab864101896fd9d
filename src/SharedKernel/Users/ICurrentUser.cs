namespace Partnership.SharedKernel.Users;

/// <summary>Who is making the request. Modules ask this, never the HTTP context.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The platform itself: a scheduled job, an event handler, the demo seed. Not a person.</summary>
    bool IsSystem { get; }

    Guid? UserId { get; }

    string? Email { get; }

    string? DisplayName { get; }

    Guid? AgencyId { get; }

    IReadOnlySet<string> Roles { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
