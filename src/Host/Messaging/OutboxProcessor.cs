using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Events;

namespace Partnership.Host.Messaging;

/// <summary>
/// Delivers a batch of one schema's outbox to the handlers of the enabled modules. Rows are locked with
/// SKIP LOCKED so that several hosts share the work; each handler runs in its own transaction with the
/// inbox row that marks the message handled, so a redelivered message is not handled twice.
/// </summary>
internal sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    EventHandlerRegistry registry,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxProcessor> logger)
{
    public async Task<int> DeliverBatchAsync(ModuleDatabase publisher, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.ContextType);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a validated identifier from the module's registration, never input.
#pragma warning disable EF1002
        var messages = await context.OutboxMessages
            .FromSqlRaw(
                $"SELECT * FROM {publisher.Schema}.outbox_messages WHERE delivered_at IS NULL AND attempts < {{0}} ORDER BY occurred_at LIMIT {{1}} FOR UPDATE SKIP LOCKED",
                options.Value.MaxAttempts,
                options.Value.BatchSize)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        foreach (var message in messages)
        {
            var failure = await DeliverAsync(message, cancellationToken);
            if (failure is null)
            {
                message.DeliveredAt = time.GetUtcNow();
            }
            else
            {
                message.Attempts++;
                message.LastError = failure;
            }
        }
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    /// <summary>Runs one handler for one message unless its inbox says it already has.</summary>
    public async Task HandleOnceAsync(EventHandlerBinding binding, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var inbox = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(binding.Inbox.ContextType);
        await using var transaction = await inbox.Database.BeginTransactionAsync(cancellationToken);
        if (await inbox.InboxMessages.AnyAsync(m => m.MessageId == message.Id && m.Handler == binding.Name, cancellationToken))
        {
            return;
        }
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, binding.EventType, IntegrationEventJson.Options)!;
        var handler = scope.ServiceProvider.GetRequiredService(binding.HandlerType);
        await InvokeAsync(handler, binding.EventType, integrationEvent, cancellationToken);
        inbox.InboxMessages.Add(new InboxMessage { MessageId = message.Id, Handler = binding.Name, ProcessedAt = time.GetUtcNow() });
        await inbox.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var binding in registry.HandlersFor(message.EventType))
        {
            try
            {
                await HandleOnceAsync(binding, message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Handler {Handler} failed on message {MessageId} ({EventType})", binding.Name, message.Id, message.EventType);
                return $"{binding.Name}: {exception.Message}";
            }
        }
        return null;
    }

    private static Task InvokeAsync(object handler, Type eventType, object integrationEvent, CancellationToken cancellationToken)
    {
        var method = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType)
            .GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))!;
        try
        {
            return (Task)method.Invoke(handler, [integrationEvent, cancellationToken])!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
