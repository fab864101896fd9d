namespace Partnership.Host.Messaging;

internal static class OutboxDelivery
{
    public static void AddOutboxDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddSingleton<EventHandlerRegistry>();
        services.AddScoped<OutboxProcessor>();
        services.AddHostedService<OutboxDispatcher>();
    }
}

internal sealed class OutboxOptions
{
    /// <summary>False stops delivery (messages wait in the outbox); for maintenance and tests.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed deliveries a message is left for an operator to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
}
