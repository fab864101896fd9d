using Partnership.SharedKernel.Audit;

namespace Partnership.Host.Platform.Tokens;

/// <summary>
/// A personal secret for the reporting feed, used as the password in Basic authentication. Only its
/// hash is kept; the secret is shown once, when it is created.
/// </summary>
internal sealed class ReportingToken
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public required string Name { get; init; }

    [NotAudited]
    public required string SecretHash { get; init; }

    /// <summary>The secret's first characters, so the owner can tell tokens apart.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>A token works until the end of its expiry date, UK time, unless it is revoked first.</summary>
    public ReportingTokenStatus StatusOn(DateOnly today) =>
        RevokedAt is not null ? ReportingTokenStatus.Revoked
        : ExpiresOn < today ? ReportingTokenStatus.Expired
        : ReportingTokenStatus.Active;
}
