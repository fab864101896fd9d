namespace Partnership.SharedKernel.Data;

/// <summary>An integration event waiting for, or past, delivery.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The event's full CLR type name, which the dispatcher maps back to the type.</summary>
    public required string EventType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
