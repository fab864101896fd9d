namespace Partnership.SharedKernel.Events;

/// <summary>
/// Something that happened in one module that others may act on. Declared in the publisher's
/// <c>.Contracts</c> project; published with <see cref="Data.ModuleDbContext.Publish"/> so it is
/// written to the outbox in the same transaction as the change.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required DateTimeOffset OccurredAt { get; init; }
}
