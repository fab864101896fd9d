using System.Reflection;
using Partnership.Host.Startup;
using Partnership.SharedKernel.Modules;

namespace Partnership.Host.Modules;

/// <summary>
/// Finds <c>Partnership.Modules.*.dll</c> in the modules directory (the host's own by default,
/// <c>Modules:Directory</c> to change it), instantiates each assembly's <see cref="IModule"/> and keeps
/// those whose <c>Modules:&lt;Name&gt;:Enabled</c> is not false.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<LoadedModule> enabled, IReadOnlyList<string> disabled)
    {
        Enabled = enabled;
        Disabled = disabled;
    }

    public IReadOnlyList<LoadedModule> Enabled { get; }

    public IReadOnlyList<string> Disabled { get; }

    public LoadedModule? ForAssembly(Assembly assembly) => Enabled.FirstOrDefault(m => m.Assembly == assembly);

    public static ModuleCatalog Discover(IConfiguration configuration)
    {
        var directory = configuration["Modules:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : AppContext.BaseDirectory;
        if (!Directory.Exists(directory))
        {
            throw new StartupException($"The modules directory '{directory}' does not exist. Set Modules:Directory to the folder that holds the Partnership.Modules.*.dll files, or remove it to use the host's own folder.");
        }
        ModuleAssemblyResolver.AddProbingDirectory(directory);

        // Contracts and test assemblies share the name prefix but declare no IModule.
        var found = Directory.EnumerateFiles(directory, "Partnership.Modules.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => InstantiateModule(ModuleAssemblyResolver.Load(path)))
            .OfType<LoadedModule>()
            .ToList();

        var duplicate = found.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StartupException($"Two module assemblies declare the module name '{duplicate.Key}'. Each module needs its own name.");
        }

        RefuseUnknownModuleSettings(configuration, found);

        var enabled = found
            .Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", defaultValue: true))
            .ToList();
        var disabled = found.Except(enabled).Select(m => m.Name).ToList();
        return new ModuleCatalog(enabled, disabled);
    }

    private static LoadedModule? InstantiateModule(Assembly assembly)
    {
        var moduleTypes = assembly.GetTypes()
            .Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        if (moduleTypes.Count == 0)
        {
            return null;
        }
        if (moduleTypes.Count > 1)
        {
            throw new StartupException($"The assembly {assembly.GetName().Name} declares {moduleTypes.Count} modules; a module assembly declares exactly one IModule.");
        }
        var module = (IModule)Activator.CreateInstance(moduleTypes[0], nonPublic: true)!;
        return new LoadedModule(module, assembly);
    }

    private static void RefuseUnknownModuleSettings(IConfiguration configuration, List<LoadedModule> found)
    {
        var known = found.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = configuration.GetSection("Modules").GetChildren()
            .Where(section => section.Key != "Directory" && !known.Contains(section.Key))
            .Select(section => section.Key)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new StartupException(
                $"Configuration names a module that does not exist: {string.Join(", ", unknown.Select(n => $"Modules:{n}"))}. " +
                $"Known modules: {string.Join(", ", found.Select(m => m.Name))}. Correct or remove the setting (environment variables: Modules__<Name>__Enabled).");
        }
    }
}
