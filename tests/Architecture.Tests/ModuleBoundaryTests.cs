using System.Reflection;
using Shouldly;
using Xunit;

namespace Partnership.Architecture.Tests;

/// <summary>
/// Modules are plugins that talk through contracts: a module may reference the shared kernel and other
/// modules' .Contracts, never another module's internals, and the host references no module at all.
/// </summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void All_six_modules_are_built_beside_the_host()
    {
        ProductAssemblies.Modules.Select(m => m.GetName().Name).ShouldBe(
            ["Partnership.Modules.Audits", "Partnership.Modules.Health", "Partnership.Modules.Housing", "Partnership.Modules.Recommendations", "Partnership.Modules.Reviews", "Partnership.Modules.Training"],
            ignoreOrder: true);
    }

    [Fact]
    public void A_module_references_only_the_shared_kernel_and_other_modules_contracts()
    {
        var violations = ProductAssemblies.Modules
            .SelectMany(module => module.GetReferencedAssemblies()
                .Where(ProductAssemblies.IsProductAssembly)
                .Where(reference => !IsAllowedForModule(reference))
                .Select(reference => $"{module.GetName().Name} references {reference.Name}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_reference_nothing_of_the_product_but_the_shared_kernel()
    {
        var violations = ProductAssemblies.Contracts
            .SelectMany(contracts => contracts.GetReferencedAssemblies()
                .Where(ProductAssemblies.IsProductAssembly)
                .Where(reference => reference.Name != "Partnership.SharedKernel")
                .Select(reference => $"{contracts.GetName().Name} references {reference.Name}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void The_host_references_no_module()
    {
        ProductAssemblies.Host.GetReferencedAssemblies()
            .Where(reference => reference.Name!.StartsWith("Partnership.Modules.", StringComparison.Ordinal))
            .Select(reference => reference.Name)
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_kernel_references_neither_host_nor_modules()
    {
        ProductAssemblies.SharedKernel.GetReferencedAssemblies()
            .Where(ProductAssemblies.IsProductAssembly)
            .Select(reference => reference.Name)
            .ShouldBeEmpty();
    }

    private static bool IsAllowedForModule(AssemblyName reference) =>
        reference.Name == "Partnership.SharedKernel" || ProductAssemblies.IsContracts(reference);
}
