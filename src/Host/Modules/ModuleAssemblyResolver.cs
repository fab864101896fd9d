using System.Reflection;
using System.Runtime.Loader;

namespace Partnership.Host.Modules;

/// <summary>
/// Loads module assemblies into the default context and resolves what they need that the host's own
/// dependency list does not name (their <c>.Contracts</c> assemblies) from the modules directory.
/// </summary>
internal static class ModuleAssemblyResolver
{
    private static readonly HashSet<string> ProbingDirectories = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static bool _hooked;

    public static void AddProbingDirectory(string directory)
    {
        lock (Gate)
        {
            ProbingDirectories.Add(directory);
            if (!_hooked)
            {
                AssemblyLoadContext.Default.Resolving += Resolve;
                _hooked = true;
            }
        }
    }

    /// <summary>
    /// Loads by name rather than path, so an assembly the application already knows (a test that
    /// references a module) is the same one, and an unknown one comes from the probing directories.
    /// </summary>
    public static Assembly Load(string path) =>
        AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(path));

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] directories;
        lock (Gate)
        {
            directories = [.. ProbingDirectories];
        }
        return directories
            .Select(directory => Path.Combine(directory, name.Name + ".dll"))
            .Where(File.Exists)
            .Select(context.LoadFromAssemblyPath)
            .FirstOrDefault();
    }
}
