using Microsoft.Extensions.Options;
using Partnership.SharedKernel.Data;

namespace Partnership.Host.Messaging;

/// <summary>Polls every schema's outbox and hands what it finds to the <see cref="OutboxProcessor"/>.</summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DeliveryEnabled)
        {
            logger.LogWarning("Outbox delivery is switched off (Outbox:DeliveryEnabled=false); events wait in the outboxes.");
            return;
        }
        var publishers = databases.ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            foreach (var publisher in publishers)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    delivered += await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().DeliverBatchAsync(publisher, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Delivery from the {Schema} outbox failed; it will be tried again.", publisher.Schema);
                }
            }
            if (delivered == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
