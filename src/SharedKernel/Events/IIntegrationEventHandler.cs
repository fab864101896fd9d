namespace Partnership.SharedKernel.Events;

/// <summary>
/// Acts on an event. Delivery is at least once; the host records each handled message id in the
/// handling module's inbox within the same transaction as the handler's changes, so a message is
/// handled once. The handler saves through its own module's DbContext, which the host has put in
/// that transaction.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
