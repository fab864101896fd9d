namespace Partnership.SharedKernel.Users;

/// <summary>The platform acting on its own: scheduled jobs, event handlers, migrations and the demo seed.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static SystemUser Instance { get; } = new();

    private SystemUser()
    {
    }

    public bool IsAuthenticated => true;

    public bool IsSystem => true;

    public Guid? UserId => null;

    public string? Email => "system";

    public string? DisplayName => "Partnership Hub";

    public Guid? AgencyId => null;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>();
}
