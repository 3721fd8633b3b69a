using System.Reflection;
using InterimExchange.BuildingBlocks.Changes;
using NetArchTest.Rules;

namespace InterimExchange.ArchitectureTests;

/// <summary>The one shape of a change (STYLE.md): entities throw the one rule exception, and only the change runner turns it into a result.</summary>
public sealed class ChangeRulesTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> Assemblies =>
        [.. ModuleRulesTests.Modules.Select(m => m.GetName().Name!), typeof(Program).Assembly.GetName().Name!];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_module_defines_its_own_exception_type(string assembly)
    {
        Assembly.Load(assembly).GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_module_catches_a_broken_rule_itself(string assembly)
    {
        CatchersOfBrokenRules(Assembly.Load(assembly)).ShouldBeEmpty();
    }

    [Fact]
    public void The_one_shape_of_a_change_is_what_catches_a_broken_rule()
    {
        // Proves the scan above sees catch blocks, async state machines included.
        CatchersOfBrokenRules(typeof(BusinessRuleException).Assembly).ShouldContain(name => name.StartsWith("InterimExchange.BuildingBlocks.Changes.Changes`1"));
    }

    /// <summary>Every method (lambdas and async state machines are methods of nested types) with a catch block for the rule exception.</summary>
    private static List<string> CatchersOfBrokenRules(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => SafeBody(m)?.ExceptionHandlingClauses.Any(c => c.Flags == ExceptionHandlingClauseOptions.Clause
                && c.CatchType?.IsAssignableFrom(typeof(BusinessRuleException)) == true && c.CatchType != typeof(object)
                && c.CatchType != typeof(Exception)) == true)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

    private static MethodBody? SafeBody(MethodBase method)
    {
        try
        {
            return method.GetMethodBody();
        }
        catch (Exception error) when (error is InvalidOperationException or NotSupportedException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A use case is one folder that can be read on its own: it may use the module's domain, data and the shared helpers at the
    /// root of Features, never another use case's folder.
    /// </summary>
    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void No_use_case_folder_uses_another(string module)
    {
        var features = module + ".Features.";
        var types = Assembly.Load(module).GetTypes();
        var folders = types.Select(t => t.Namespace).OfType<string>().Where(ns => ns.StartsWith(features, StringComparison.Ordinal)).Distinct().ToList();

        var crossings = folders.SelectMany(folder => Types.InAssembly(Assembly.Load(module)).That().ResideInNamespace(folder)
                .ShouldNot().HaveDependencyOnAny([.. folders.Where(other => other != folder)]).GetResult().FailingTypeNames ?? [])
            .ToList();

        crossings.ShouldBeEmpty();
    }
}
