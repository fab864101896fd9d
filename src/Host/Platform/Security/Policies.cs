namespace Partnership.Host.Platform.Security;

internal static class Policies
{
    /// <summary>Any signed-in person, analysts included: their own account, tokens and /api/me.</summary>
    public const string SignedIn = SharedKernel.Access.AccessPolicies.SignedIn;

    /// <summary>The partnership business team: administration, the audit trail, the jobs page.</summary>
    public const string BusinessTeam = SharedKernel.Access.AccessPolicies.BusinessTeam;

    /// <summary>Sign-in is rate-limited per client address.</summary>
    public const string SignInRateLimit = "sign-in";
}
