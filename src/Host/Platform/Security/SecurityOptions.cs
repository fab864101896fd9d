namespace Partnership.Host.Platform.Security;

/// <summary>The <c>Security</c> section of the configuration.</summary>
internal sealed class SecurityOptions
{
    /// <summary>A session ends after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>How long an invitation link to set a password works, unless used or replaced first.</summary>
    public TimeSpan InvitationLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Roles whose members must use an authenticator app.</summary>
    public List<string> RequireTwoFactorForRoles { get; set; } = [];
}
