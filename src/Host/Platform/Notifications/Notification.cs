namespace Partnership.Host.Platform.Notifications;

/// <summary>One notice in one person's inbox.</summary>
internal sealed class Notification
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The occasion; a person holds one notification per key.</summary>
    public required string Key { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
