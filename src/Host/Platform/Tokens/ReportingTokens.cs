using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Host.Platform.Tokens;

/// <summary>Creates, checks and revokes the personal tokens analysts put in Power BI and Excel.</summary>
internal sealed class ReportingTokens(PlatformDbContext db, TimeProvider time, ILookupNormalizer normalizer)
{
    private const int PrefixLength = 8;

    /// <summary>
    /// How often a token's last use is written: a refresh makes hundreds of requests, and each write
    /// is a row in the audit trail.
    /// </summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(15);

    public sealed record Created(ReportingToken Token, string Secret);

    private sealed record TokenOwner(Guid TokenId, DateTimeOffset? LastUsedAt, PlatformUser Owner);

    /// <summary>
    /// The active owners of unrevoked, unexpired tokens with this prefix and hash (and email, when given), at most two.
    /// Every request of a refresh asks, so it is one untracked statement compiled once. The demo gives every
    /// account the same secret, and the email tells them apart.
    /// </summary>
    private static readonly Func<PlatformDbContext, string, string, DateOnly, string?, IAsyncEnumerable<TokenOwner>> Owners =
        EF.CompileAsyncQuery((PlatformDbContext db, string prefix, string hash, DateOnly today, string? normalizedEmail) =>
            db.ReportingTokens.AsNoTracking()
                .Where(t => t.Prefix == prefix && t.SecretHash == hash && t.RevokedAt == null && t.ExpiresOn >= today)
                .Join(db.Users.AsNoTracking().Where(u => u.IsActive && (normalizedEmail == null || u.NormalizedEmail == normalizedEmail)),
                    t => t.UserId, u => u.Id, (t, u) => new TokenOwner(t.Id, t.LastUsedAt, u))
                .Take(2));

    /// <summary>Creates a token; the secret is returned once and only its hash is kept.</summary>
    public async Task<Created> CreateAsync(PlatformUser owner, string name, DateOnly expiresOn, string? secret, CancellationToken cancellationToken)
    {
        secret ??= "ph_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ReportingToken
        {
            Id = Guid.CreateVersion7(),
            UserId = owner.Id,
            Name = name,
            SecretHash = Hash(secret),
            Prefix = secret[..Math.Min(PrefixLength, secret.Length)],
            CreatedAt = time.GetUtcNow(),
            ExpiresOn = expiresOn,
        };
        db.ReportingTokens.Add(token);
        db.RecordEvent("ReportingTokenCreated", nameof(ReportingToken), token.Id.ToString(), $"{owner.Email}: {name}, expires {expiresOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return new Created(token, secret);
    }

    /// <summary>
    /// The active person a token belongs to, or null: the email must be the owner's, the token neither
    /// revoked nor expired, and the owner still active. Records when it was last used.
    /// </summary>
    public Task<PlatformUser?> AuthenticateAsync(string email, string secret, CancellationToken cancellationToken) =>
        FindOwnerAsync(email, secret, cancellationToken);

    /// <summary>
    /// The same, for a token given alone (an API key in the reporting feed's address): 256 random bits
    /// name their owner without an email.
    /// </summary>
    public Task<PlatformUser?> AuthenticateAsync(string secret, CancellationToken cancellationToken) =>
        FindOwnerAsync(null, secret, cancellationToken);

    private async Task<PlatformUser?> FindOwnerAsync(string? email, string secret, CancellationToken cancellationToken)
    {
        if (secret.Length < PrefixLength)
        {
            return null;
        }
        var prefix = secret[..PrefixLength];
        // Compared in SQL: a timing difference could tell only how much of a SHA-256 hash matched, which does not help guess a secret.
        var hash = Hash(secret);
        var today = UkTime.Today(time);
        var normalizedEmail = email is null ? null : normalizer.NormalizeEmail(email.Trim());
        var found = new List<TokenOwner>(2);
        await foreach (var owner in Owners(db, prefix, hash, today, normalizedEmail).WithCancellation(cancellationToken))
        {
            found.Add(owner);
        }
        if (found is not [var match])
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (match.LastUsedAt is not { } used || now - used >= LastUseResolution)
        {
            var token = await db.ReportingTokens.SingleAsync(t => t.Id == match.TokenId, cancellationToken);
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return match.Owner;
    }

    /// <summary>Stops the owner's token working at once; false when they have no such token or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(Guid ownerId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.ReportingTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == ownerId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }
        token.RevokedAt = time.GetUtcNow();
        var owner = await db.Users.AsNoTracking().SingleAsync(u => u.Id == ownerId, cancellationToken);
        db.RecordEvent("ReportingTokenRevoked", nameof(ReportingToken), token.Id.ToString(), $"{owner.Email}: {token.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
