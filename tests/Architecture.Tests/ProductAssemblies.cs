using System.Reflection;
using System.Runtime.Loader;

namespace Partnership.Architecture.Tests;

/// <summary>The product's assemblies as built: the host, the shared kernel, and every module found beside them.</summary>
internal static class ProductAssemblies
{
    public static Assembly Host { get; } = Assembly.Load("Partnership.Host");

    public static Assembly SharedKernel { get; } = Assembly.Load("Partnership.SharedKernel");

    /// <summary>Module assemblies (not their contracts), found the way the host finds them.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } = LoadModuleFiles().Where(a => !IsContracts(a)).ToList();

    public static IReadOnlyList<Assembly> Contracts { get; } = LoadModuleFiles().Where(IsContracts).ToList();

    public static bool IsContracts(Assembly assembly) => assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsContracts(AssemblyName name) => name.Name!.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsProductAssembly(AssemblyName name) => name.Name!.StartsWith("Partnership.", StringComparison.Ordinal);

    private static List<Assembly> LoadModuleFiles() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Partnership.Modules.*.dll")
            .Select(path => AssemblyLoadContext.Default.LoadFromAssemblyPath(path))
            .ToList();
}
