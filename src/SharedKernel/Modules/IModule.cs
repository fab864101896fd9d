using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Partnership.SharedKernel.Modules;

/// <summary>
/// The contract every plugin module implements once. The host finds it by scanning
/// <c>Partnership.Modules.*.dll</c>; endpoints, screens, jobs, event handlers, reporting sets and
/// seed data in the same assembly are discovered, so a module only registers its own services here.
/// </summary>
public interface IModule
{
    /// <summary>The name used in configuration (<c>Modules:&lt;Name&gt;</c>), as a Razor area and, lower-cased, in URLs.</summary>
    string Name { get; }

    /// <summary>What the navigation shows.</summary>
    string Title { get; }

    /// <summary>One sentence for the home page: what this module is for.</summary>
    string Summary { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);
}
