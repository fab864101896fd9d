using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shouldly;
using Xunit;

namespace Partnership.Architecture.Tests;

/// <summary>
/// A module's types are internal: nothing outside it can come to depend on them. Only its .Contracts
/// assembly is public surface. Razor page models are the exception the framework requires.
/// </summary>
public sealed class VisibilityTests
{
    [Fact]
    public void Modules_expose_no_public_types()
    {
        var exposed = ProductAssemblies.Modules
            .SelectMany(module => module.GetExportedTypes())
            .Where(type => !typeof(PageModel).IsAssignableFrom(type))
            .Where(type => !IsRazorGenerated(type))
            .Select(type => type.FullName)
            .ToList();

        exposed.ShouldBeEmpty();
    }

    [Fact]
    public void Module_classes_are_sealed_or_abstract()
    {
        var open = ProductAssemblies.Modules
            .SelectMany(module => module.GetTypes())
            .Where(type => type is { IsClass: true, IsSealed: false, IsAbstract: false })
            .Where(type => !IsRazorGenerated(type) && !IsCompilerGenerated(type))
            .Select(type => type.FullName)
            .ToList();

        open.ShouldBeEmpty();
    }

    private static bool IsRazorGenerated(Type type) =>
        type.Namespace?.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal) == true
        || type.GetCustomAttributes().Any(a => a.GetType().Name == "RazorSourceChecksumAttribute" || a.GetType().Name == "RazorCompiledItemMetadataAttribute");

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
        || type.Name.StartsWith('<');
}
