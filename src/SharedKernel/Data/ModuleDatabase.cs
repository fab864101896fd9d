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
    /// <summary>Registers a module's DbContext on the shared data source and its schema for migration.</summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext), typeof(TContext).Assembly));
        return services;
    }
}
