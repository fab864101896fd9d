using Partnership.Host.Modules;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Events;

namespace Partnership.Host.Messaging;

/// <summary>A handler of an event type, and the module schema whose inbox records what it handled.</summary>
internal sealed record EventHandlerBinding(Type HandlerType, Type EventType, ModuleDatabase Inbox)
{
    public string Name => HandlerType.FullName!;
}

/// <summary>Which handlers of the enabled modules (and the platform) act on which event types.</summary>
internal sealed class EventHandlerRegistry
{
    private readonly Dictionary<string, (Type EventType, List<EventHandlerBinding> Handlers)> _byEventName = new(StringComparer.Ordinal);

    public EventHandlerRegistry(ModuleCatalog catalog, IEnumerable<ModuleDatabase> databases)
    {
        var databaseList = databases.ToList();
        foreach (var module in catalog.Enabled)
        {
            foreach (var handlerType in module.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
            {
                foreach (var eventType in handlerType.GetInterfaces()
                             .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                             .Select(i => i.GetGenericArguments()[0]))
                {
                    var inbox = databaseList.SingleOrDefault(d => d.MigrationsAssembly == module.Assembly)
                        ?? throw new InvalidOperationException($"{handlerType.FullName} handles events, but module {module.Name} registers no database for its inbox.");
                    var key = eventType.FullName!;
                    if (!_byEventName.TryGetValue(key, out var entry))
                    {
                        entry = (eventType, []);
                        _byEventName[key] = entry;
                    }
                    entry.Handlers.Add(new EventHandlerBinding(handlerType, eventType, inbox));
                }
            }
        }
    }

    public IReadOnlyList<EventHandlerBinding> HandlersFor(string eventTypeName) =>
        _byEventName.TryGetValue(eventTypeName, out var entry) ? entry.Handlers : [];
}
