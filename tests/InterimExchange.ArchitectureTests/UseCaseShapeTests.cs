using System.Reflection;
using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.ArchitectureTests;

/// <summary>
/// The command is the unit (docs/adr/0012): each use case is a command or a query in the module's contracts, with one
/// validator (a command) and one handler in its own folder, <c>Features/&lt;UseCase&gt;/</c>, run through the module's one entry.
/// </summary>
public sealed class UseCaseShapeTests
{
    /// <summary>The modules whose every use case runs through their entry; the others still pass calls through a facade and follow.</summary>
    public static TheoryData<string> ModulesWithOneEntry => ["InterimExchange.Routing", "InterimExchange.Proposals"];

    [Theory]
    [MemberData(nameof(ModulesWithOneEntry))]
    public void Every_command_has_one_validator_and_one_handler_in_a_folder_named_for_it(string module)
    {
        var types = Assembly.Load(module).GetTypes();
        var problems = UseCases(module, typeof(ICommand<>)).SelectMany(command =>
        {
            var folder = $"{module}.Features.{command.Name[..^"Command".Length]}";
            var handlers = types.Where(t => Implements(t, typeof(ICommandHandler<>), command)).ToList();
            var validators = types.Where(t => !t.IsAbstract && typeof(IValidator<>).MakeGenericType(command).IsAssignableFrom(t)).ToList();
            return (IEnumerable<string>)[
                .. command.Name.EndsWith("Command", StringComparison.Ordinal) ? [] : new[] { $"{command.Name} is not named XCommand" },
                .. handlers.Count == 1 && handlers[0].Namespace == folder ? [] : new[] { $"{command.Name} has {handlers.Count} handlers, not one in {folder}" },
                .. validators.Count == 1 && validators[0].Namespace == folder ? [] : new[] { $"{command.Name} has {validators.Count} validators, not one in {folder}" },
            ];
        });

        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModulesWithOneEntry))]
    public void Every_query_has_one_handler_in_a_folder_named_for_it(string module)
    {
        var types = Assembly.Load(module).GetTypes();
        var problems = UseCases(module, typeof(IQuery<,>)).SelectMany(query =>
        {
            var folder = $"{module}.Features.{query.Name[..^"Query".Length]}";
            var handlers = types.Where(t => Implements(t, typeof(IQueryHandler<,>), query)).ToList();
            return (IEnumerable<string>)[
                .. query.Name.EndsWith("Query", StringComparison.Ordinal) ? [] : new[] { $"{query.Name} is not named XQuery" },
                .. handlers.Count == 1 && handlers[0].Namespace == folder ? [] : new[] { $"{query.Name} has {handlers.Count} handlers, not one in {folder}" },
            ];
        });

        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModulesWithOneEntry))]
    public void A_use_case_folder_holds_one_use_case(string module)
    {
        Assembly.Load(module).GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(ICommandHandler<>) || d == typeof(IQueryHandler<,>))))
            .GroupBy(t => t.Namespace).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Name))}")
            .ShouldBeEmpty();
    }

    /// <summary>Everything a person asks says who asks: the caller, whose tenancy the handler keeps to.</summary>
    [Theory]
    [MemberData(nameof(ModulesWithOneEntry))]
    public void Every_use_case_says_who_asks(string module)
    {
        UseCases(module, typeof(ICommand<>)).Concat(UseCases(module, typeof(IQuery<,>)))
            .Where(t => t.GetProperty("By")?.PropertyType != typeof(Caller))
            .Select(t => t.Name).ShouldBeEmpty();
    }

    /// <summary>The entry is the contract: no methods beside it that pass a call through by hand.</summary>
    [Theory]
    [MemberData(nameof(ModulesWithOneEntry))]
    public void A_module_s_contracts_offer_its_entry_and_no_facade(string module)
    {
        Assembly.Load(module + ".Contracts").GetTypes()
            .Where(t => t.IsInterface && t.GetMethods().Length > 0 && !t.IsGenericTypeDefinition)
            .Select(t => t.Name).ShouldBeEmpty();
    }

    /// <summary>A change saves in its own module's database only: no handler of a change sends a command to another module's entry.</summary>
    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void A_change_sends_nothing_to_another_module(string module)
    {
        Assembly.Load(module).GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<>)))
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Handler: t, p.ParameterType)))
            .Where(p => p.ParameterType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IModuleEntry<>))
                && p.ParameterType.Assembly != Assembly.Load(module + ".Contracts"))
            .Select(p => $"{p.Handler.Name} takes {p.ParameterType.Name}").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_entry_runs_no_command_without_its_validator()
    {
        // The rule every change relies on, proved where it is written: without a validator, nothing runs.
        var entry = new ProbeEntry(new NoServices());
        (await Should.ThrowAsync<InvalidOperationException>(() => entry.SendAsync(new ProbeCommand(), CancellationToken.None)))
            .Message.ShouldContain("has no validator");
    }

    private static IEnumerable<Type> UseCases(string module, Type kind) =>
        Assembly.Load(module + ".Contracts").GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == kind));

    private static bool Implements(Type type, Type handler, Type useCase) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == handler && i.GetGenericArguments()[0] == useCase);

    private interface IProbe : IModuleEntry<IProbe>;

    private sealed record ProbeCommand : ICommand<IProbe>;

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    private sealed class ProbeEntry(IServiceProvider services) : ModuleEntry<IProbe>(services), IProbe;
}
