namespace Partnership.Host.Platform.DataProtection;

/// <summary>A key that protects sign-in cookies and one-time links, shared by every host on the database.</summary>
internal sealed class DataProtectionKey
{
    public int Id { get; init; }

    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}
