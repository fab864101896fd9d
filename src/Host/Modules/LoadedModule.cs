using System.Reflection;
using Partnership.SharedKernel.Modules;

namespace Partnership.Host.Modules;

/// <summary>A module found beside the host and switched on in configuration.</summary>
public sealed record LoadedModule(IModule Module, Assembly Assembly)
{
    public string Name => Module.Name;

    public string Slug => ModuleRoutes.Slug(Module.Name);
}
