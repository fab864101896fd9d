using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Endpoints;
using Partnership.SharedKernel.Events;
using Partnership.SharedKernel.Jobs;
using Partnership.SharedKernel.Reporting;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Host.Modules;

internal static class ModuleRegistration
{
    /// <summary>
    /// Registers every enabled module: its own services, its screens as an application part, and what
    /// Scrutor finds in its assembly (internal types included). A disabled module contributes nothing.
    /// </summary>
    public static ModuleCatalog AddModules(this WebApplicationBuilder builder, IMvcBuilder mvc)
    {
        var catalog = ModuleCatalog.Discover(builder.Configuration);
        builder.Services.AddSingleton(catalog);
        foreach (var module in catalog.Enabled)
        {
            module.Module.AddServices(builder.Services, builder.Configuration);
            mvc.AddApplicationPart(module.Assembly);
            builder.Services.Scan(scan => scan
                .FromAssemblies(module.Assembly)
                .AddClasses(c => c.AssignableTo<IEndpoint>(), publicOnly: false)
                    .As<IEndpoint>().WithSingletonLifetime()
                .AddClasses(c => c.AssignableTo<IScheduledJob>(), publicOnly: false)
                    .As<IScheduledJob>().WithScopedLifetime()
                .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
                    .AsSelf().WithScopedLifetime()
                .AddClasses(c => c.AssignableTo<IReportingSet>(), publicOnly: false)
                    .As<IReportingSet>().WithSingletonLifetime()
                .AddClasses(c => c.AssignableTo<ISeedData>(), publicOnly: false)
                    .As<ISeedData>().WithScopedLifetime()
                .AddClasses(c => c.AssignableTo<IDerivedData>(), publicOnly: false)
                    .As<IDerivedData>().WithScopedLifetime());
        }
        return catalog;
    }

    /// <summary>Maps each enabled module's endpoints under <c>/api/&lt;module&gt;</c>.</summary>
    public static void MapModuleEndpoints(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var endpoints = app.Services.GetServices<IEndpoint>().ToList();
        foreach (var module in catalog.Enabled)
        {
            var group = app.MapGroup(Partnership.SharedKernel.Modules.ModuleRoutes.ApiPrefix(module.Name))
                .WithTags(module.Name);
            foreach (var endpoint in endpoints.Where(e => e.GetType().Assembly == module.Assembly))
            {
                endpoint.Map(group);
            }
        }
    }
}
