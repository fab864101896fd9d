namespace Partnership.SharedKernel.Access;

/// <summary>The authorization policies the platform defines, for modules' pages and endpoints.</summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in person, analysts included.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>The partnership business team.</summary>
    public const string BusinessTeam = "BusinessTeam";
}
