using Partnership.SharedKernel.Events;

namespace Partnership.Modules.Sample;

public sealed record NoteAdded : IntegrationEvent
{
    public required Guid NoteId { get; init; }
}
