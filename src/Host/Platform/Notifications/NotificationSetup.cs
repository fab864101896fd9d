using Partnership.SharedKernel.Notifications;

namespace Partnership.Host.Platform.Notifications;

internal static class NotificationSetup
{
    public static void AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Site").Get<NotificationSettings>() ?? new NotificationSettings());
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<Inbox>();
        services.AddScoped<UnreadCount>();
    }
}
