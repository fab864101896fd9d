namespace Partnership.SharedKernel.Data;

/// <summary>A message a handler of this module has already handled.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Handler { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
