using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Partnership.SharedKernel.Data;

/// <summary>
/// A schema the host migrates at start-up: its name, the DbContext that maps it and the assembly
/// whose embedded <c>Migrations/*.sql</c> files build it.
/// </summary>
public sealed record ModuleDatabase(string Schema, Type ContextType, Assembly MigrationsAssembly);

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the shared data source and its schema for migration. Contexts are
    /// pooled (setting one up costs more than many queries) and each scope leases its own, which works for
    /// that scope's user.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddPooledDbContextFactory<TContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.LeaseTo(provider);
            return context;
        });
        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext), typeof(TContext).Assembly));
        return services;
    }
}
