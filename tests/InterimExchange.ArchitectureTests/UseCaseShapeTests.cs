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
    public static TheoryData<string> ModulesWithOneEntry =>
        ["InterimExchange.Routing", "InterimExchange.Relationships", "InterimExchange.Notifications", "InterimExchange.Insights", "InterimExchange.Briefs",
        "InterimExchange.FirmNetwork", "InterimExchange.Proposals", "InterimExchange.Accounts"];

    /// <summary>
    /// Queries another module asks with no person behind it (a handler or a consumer of that module): they carry the ids they need
    /// instead of a caller, and say so in their summary.
    /// </summary>
    public static readonly string[] AskedByModules =
    [
        "FirmTrackRecordsQuery", // Routing's recommendations and routing, and the pages showing a firm's record
        "PromisesQuery", // the pages where a firm reads how an RPO keeps its decision dates
        "ClientCompaniesQuery", "ClientCompanyDetailsQuery", "ListBriefsQuery", "ReviewBriefQuery", "ClientBriefingsQuery", "IsInvitedQuery",
        "BriefExecutivesQuery", "FirmBriefQuery", // Briefs
        // Accounts: whom Notifications tells and Relationships lists, the names shown beside other modules' records, whether an
        // address has an account (FirmNetwork's application form, Briefs' briefing link, demo data), a firm applicant's password
        // checked before FirmNetwork saves the application, and the founded admin's link printed by the operator's command line.
        "MembersQuery", "OrganisationNameQuery", "FindAccountQuery", "ChoosePasswordQuery", "AdminPasswordLinkQuery",
        // Accounts, asked by the host's OpenID Connect server, consent page and API: the organisation behind a client, the person a
        // token is issued to, and what an API client's Idempotency-Key holds.
        "IntegrationClientQuery", "IntegrationUserQuery", "RememberedAnswerQuery",
        "ProviderOfOrganisationQuery", // Accounts: the host's handler sending a person to their organisation's provider
    ];

    /// <summary>Use cases of someone not signed in, who has no caller yet.</summary>
    public static readonly string[] AnonymousCommands =
    [
        // The briefing link's page: what the link is for, then tying it to the executive who has just set up their account there.
        "OpenBriefingLinkQuery", "ClaimBriefingLinkCommand",
        "ApplyCommand", // a firm's applicant, through the application form
        // Accounts: someone signing in, signing out (signed in or not), asking for or using a password reset link, following a
        // colleague invitation or the link confirming a new address.
        "SignInCommand", "SignOutCommand", "RequestPasswordResetCommand", "ResetPasswordCommand", "ColleagueInvitationQuery",
        "AcceptColleagueInvitationCommand", "ConfirmEmailChangeCommand",
        // Accounts, asked by other modules or the operator with no person behind them: a client executive's account from Briefs'
        // briefing link, an organisation Briefs adds (and demo data), the owner of an address told of a sign-up attempt
        // (FirmNetwork's application), and an RPO or the vetting team founded from the command line.
        "RegisterInvitedCommand", "CreateOrganisationCommand", "ExistingAccountSignedUpCommand", "FoundOrganisationCommand",
        // Accounts: the API's idempotency layer keeping an API client's answers by its Idempotency-Key.
        "ReserveAnswerCommand", "RememberAnswerCommand", "ForgetAnswerCommand",
        // Accounts: someone signing in through their organisation's provider, whose provider is found from their address first.
        "ProviderForEmailQuery", "ProviderSignInCommand",
    ];

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
            .Where(t => t.GetProperty("By")?.PropertyType != typeof(Caller) && !AskedByModules.Contains(t.Name) && !AnonymousCommands.Contains(t.Name))
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

    /// <summary>
    /// A change saves in its own module's database only: no handler of a change sends a command to another module's entry. It may
    /// ask another module's queries (Routing asks Insights for track records), which change nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void A_change_sends_nothing_to_another_module(string module)
    {
        var own = Assembly.Load(module + ".Contracts");
        Assembly.Load(module).GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<>)))
            .SelectMany(t => WithNested(t)
                .SelectMany(n => n.GetMethods(ChangeRulesTests.Everything))
                .SelectMany(ChangeRulesTests.Calls)
                .Where(c => c.Name == nameof(IModuleEntry<object>.SendAsync) && c.DeclaringType is { IsGenericType: true } entry
                    && entry.GetGenericTypeDefinition() == typeof(IModuleEntry<>) && entry.GetGenericArguments()[0].Assembly != own)
                .Select(c => $"{t.Name} sends to {c.DeclaringType!.GetGenericArguments()[0].Name}"))
            .Except(StillSendingToAnotherModule)
            .ShouldBeEmpty();
    }

    /// <summary>
    /// A firm's application with an address that already has an account saves nothing in FirmNetwork and asks Accounts to tell
    /// the address's owner, in Accounts' words: the one send to another module, and no save of its own beside it.
    /// </summary>
    private static readonly string[] StillSendingToAnotherModule = ["ApplyHandler sends to IAccounts"];

    [Fact]
    public void The_scan_for_sends_sees_them()
    {
        ChangeRulesTests.Calls(typeof(SendsToProbe).GetMethod(nameof(SendsToProbe.SendAsync))!)
            .ShouldContain(c => c.Name == nameof(IModuleEntry<object>.SendAsync) && c.DeclaringType!.IsGenericType
                && c.DeclaringType.GetGenericTypeDefinition() == typeof(IModuleEntry<>));
    }

    /// <summary>A type with the types the compiler nests in it for its lambdas and async methods, however deep.</summary>
    private static IEnumerable<Type> WithNested(Type type) => [type, .. type.GetNestedTypes(ChangeRulesTests.Everything).SelectMany(WithNested)];

    private static class SendsToProbe
    {
        public static Task SendAsync(IProbe probe) => probe.SendAsync(new ProbeCommand(), CancellationToken.None);
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
