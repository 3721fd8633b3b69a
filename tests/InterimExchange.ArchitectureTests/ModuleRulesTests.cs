using System.Reflection;
using InterimExchange.BuildingBlocks;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace InterimExchange.ArchitectureTests;

/// <summary>The module rules of STYLE.md, as tests.</summary>
public sealed class ModuleRulesTests
{
    private static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>Every module's implementation assembly, as the host registers them.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        Web.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("InterimExchange.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Where(assembly => assembly.GetTypes().Any(type => typeof(IModule).IsAssignableFrom(type) && !type.IsInterface && !type.IsAbstract))
            .ToList();

    public static IReadOnlyList<Assembly> Contracts { get; } =
        Modules.Select(module => Assembly.Load(module.GetName().Name + ".Contracts")).ToList();

    public static TheoryData<string> ModuleNames => [.. Modules.Select(m => m.GetName().Name!)];

    [Fact]
    public void The_host_registers_every_module()
    {
        Modules.Select(m => m.GetName().Name).ShouldContain("InterimExchange.Accounts");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_no_other_module_s_implementation(string module)
    {
        var others = Modules.Select(m => m.GetName().Name).Where(name => name != module).ToHashSet();

        var references = Assembly.Load(module).GetReferencedAssemblies().Select(r => r.Name);

        references.Where(others.Contains).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_s_contracts_do_not_reach_into_any_module_implementation_or_EF_Core(string module)
    {
        var contracts = Assembly.Load(module + ".Contracts");

        contracts.GetReferencedAssemblies().Select(r => r.Name).ShouldNotContain(name => Modules.Any(m => m.GetName().Name == name));
        Types.InAssembly(contracts).ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult().IsSuccessful.ShouldBeTrue();
    }

    [Fact]
    public void Building_blocks_know_no_module_and_no_portal()
    {
        var modules = Modules.Concat(Contracts).Select(m => m.GetName().Name).Append(Web.GetName().Name).ToHashSet();

        BuildingBlocks.GetReferencedAssemblies().Select(r => r.Name).Where(modules.Contains).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Portal_pages_use_a_module_only_through_its_contracts(string module)
    {
        var rootNamespace = module;
        var inner = Assembly.Load(module).GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns != rootNamespace)
            .Distinct()
            .ToArray();

        var result = Types.InAssembly(Web)
            .That().ResideInNamespaceStartingWith("InterimExchange.Web.Pages")
            .Or().ResideInNamespaceStartingWith("InterimExchange.Web.Areas")
            .ShouldNot().HaveDependencyOnAny(inner)
            .GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_keeps_its_DbContext_in_its_Data_folder(string module)
    {
        var contexts = Assembly.Load(module).GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t)).ToList();

        contexts.ShouldNotBeEmpty();
        contexts.ShouldAllBe(t => t.Namespace == module + ".Data");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_exposes_only_its_registration_its_migrations_and_its_compiled_model(string module)
    {
        var exposed = Assembly.Load(module).GetExportedTypes()
            .Where(t => !t.Namespace!.StartsWith(module + ".Data.Migrations", StringComparison.Ordinal)
                && t.Namespace != module + ".Data.CompiledModels")
            .Select(t => t.FullName)
            .ToList();

        exposed.ShouldBe([Assembly.Load(module).GetTypes().Single(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).FullName]);
    }

    [Fact]
    public void Integration_events_are_immutable_records()
    {
        var events = Contracts.SelectMany(c => c.GetTypes())
            .Where(t => t.Namespace?.EndsWith(".IntegrationEvents", StringComparison.Ordinal) == true && t.IsClass)
            .ToList();

        foreach (var type in events)
        {
            type.IsSealed.ShouldBeTrue($"{type.Name} should be sealed");
            type.GetMethod("<Clone>$").ShouldNotBeNull($"{type.Name} should be a record");
            type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                .ShouldBeEmpty($"{type.Name} should have no settable property");
        }
    }
}
