namespace Partnership.Host.Platform.Tokens;

internal enum ReportingTokenStatus
{
    Active,
    Expired,
    Revoked,
}
