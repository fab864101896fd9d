using Partnership.Host.Platform.Tokens;

namespace Partnership.Host.Pages.Account.Tokens;

/// <summary>One of the person's tokens as the list shows it: never the secret, only its first characters.</summary>
internal sealed record TokenRow(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateOnly ExpiresOn,
    DateTimeOffset? LastUsedAt,
    ReportingTokenStatus Status);
