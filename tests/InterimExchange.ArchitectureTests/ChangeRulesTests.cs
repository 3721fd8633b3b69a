using System.Reflection;
using InterimExchange.BuildingBlocks.Changes;
using NetArchTest.Rules;

namespace InterimExchange.ArchitectureTests;

/// <summary>The one shape of a change (STYLE.md): entities throw the one rule exception, and only the change runner turns it into a result.</summary>
public sealed class ChangeRulesTests
{
    internal const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

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

    /// <summary>
    /// Every change is saved by the one shape (<see cref="Changes{TContext}"/>), or by what the modules do not own: the inbox
    /// consumers and scheduled work (their bases save), demo and scale data, and Identity's account creation (its own transaction).
    /// </summary>
    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void A_module_saves_only_through_the_one_shape_of_a_change(string module)
    {
        var savers = Assembly.Load(module).GetTypes()
            .Where(t => t.Namespace?.Contains(".DemoData", StringComparison.Ordinal) != true && t.Namespace?.Contains(".ScaleData", StringComparison.Ordinal) != true
                && !t.FullName!.Contains("InvitedAccounts", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => Calls(m).Any(c => c.Name == "SaveChangesAsync" && typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(c.DeclaringType)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        savers.ShouldBeEmpty();
    }

    /// <summary>The housekeeping that docs/adr/0011 allows to write in bulk, bypassing the entities' rules and the outbox.</summary>
    private static readonly string[] BulkWriters =
    [
        "InterimExchange.Accounts.Features.Sessions",
        "InterimExchange.Accounts.Features.Integrations.TokenPruning",
        "InterimExchange.Accounts.Features.ReserveAnswer.ReserveAnswerHandler",
        "InterimExchange.Accounts.Features.ForgetAnswer.ForgetAnswerHandler",
        "InterimExchange.Notifications.Features.Webhooks.WebhookSender",
        "InterimExchange.Notifications.Features.MarkAllRead.MarkAllReadHandler",
    ];

    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void A_module_writes_in_bulk_only_where_ADR_0011_says_why(string module)
    {
        BulkWritersIn(Assembly.Load(module)).Except(BulkWriters).ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_for_bulk_writes_sees_them()
    {
        BulkWritersIn(Assembly.Load("InterimExchange.Accounts")).ShouldContain("InterimExchange.Accounts.Features.Sessions");
    }

    /// <summary>The outermost types (async state machines and lambdas belong to theirs) that call ExecuteUpdate or ExecuteDelete.</summary>
    private static List<string> BulkWritersIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.Namespace?.Contains(".DemoData", StringComparison.Ordinal) != true && t.Namespace?.Contains(".ScaleData", StringComparison.Ordinal) != true)
            .SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => Calls(m).Any(c => c.Name.StartsWith("ExecuteUpdate", StringComparison.Ordinal) || c.Name.StartsWith("ExecuteDelete", StringComparison.Ordinal)))
            .Select(m => Outermost(m.DeclaringType!).FullName!)
            .Distinct()
            .ToList();

    /// <summary>
    /// Where Identity and OpenIddict write through their own managers (each saves by itself, beside the one shape of a change):
    /// docs/adr/0013 says why each may.
    /// </summary>
    private static readonly string[] ManagerWriters =
    [
        "InterimExchange.Accounts.Features.ChangePassword.ChangePasswordHandler",
        "InterimExchange.Accounts.Features.ConfirmEmailChange.ConfirmEmailChangeHandler",
        "InterimExchange.Accounts.Features.EndEverySession.EndEverySessionHandler",
        "InterimExchange.Accounts.Features.FoundOrganisation.FoundOrganisationHandler",
        "InterimExchange.Accounts.Features.DisableIntegration.DisableIntegrationHandler",
        "InterimExchange.Accounts.Features.Integrations.TokenPruning",
        "InterimExchange.Accounts.Features.InvitedAccounts",
        "InterimExchange.Accounts.Features.ProviderSignIn.ProviderSignInHandler",
        "InterimExchange.Accounts.Features.RegisterIntegration.RegisterIntegrationHandler",
        "InterimExchange.Accounts.Features.RemoveMember.RemoveMemberHandler",
        "InterimExchange.Accounts.Features.ResetPassword.ResetPasswordHandler",
        "InterimExchange.Accounts.Features.Sessions",
        "InterimExchange.Accounts.Features.RotateIntegrationSecret.RotateIntegrationSecretHandler",
        "InterimExchange.Accounts.Features.SetTimeZone.SetTimeZoneHandler",
        "InterimExchange.Accounts.Features.SignIn.SignInHandler",
        "InterimExchange.Accounts.Features.SignOut.SignOutHandler",
        "InterimExchange.Accounts.Features.WithdrawAgreement.WithdrawAgreementHandler",
        "InterimExchange.Web.Pages.Connect.AuthorizeModel",
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Identity_and_OpenIddict_write_only_where_ADR_0013_says_why(string assembly)
    {
        ManagerWritersIn(Assembly.Load(assembly)).Except(ManagerWriters).ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_for_manager_writes_sees_every_one_the_ADR_names()
    {
        // Proves the scan sees them, and keeps the list (and the ADR) to what is there.
        ManagerWriters.Except(ModuleRulesTests.Modules.Append(typeof(Program).Assembly).SelectMany(ManagerWritersIn)).ShouldBeEmpty();
    }

    /// <summary>The outermost types that call a manager of Identity or OpenIddict to change something (not to find, read or check).</summary>
    private static List<string> ManagerWritersIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.Namespace?.Contains(".DemoData", StringComparison.Ordinal) != true && t.Namespace?.Contains(".ScaleData", StringComparison.Ordinal) != true)
            .SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => Calls(m).Any(c => IsManager(c.DeclaringType) && !ReadsOnly(c.Name)))
            .Select(m => Outermost(m.DeclaringType!).FullName!)
            .Distinct()
            .ToList();

    private static bool IsManager(Type? type) =>
        type is not null && (type.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true || type.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true)
            && type.Name.Contains("Manager", StringComparison.Ordinal);

    private static bool ReadsOnly(string method) =>
        new[] { "Find", "Get", "Is", "Check", "Validate", "Verify", "Has", "Generate", "Normalize", "List", "Count", "get_", "Supports" }
            .Any(prefix => method.StartsWith(prefix, StringComparison.Ordinal)) || method is "CreateUserPrincipalAsync" or "CanSignInAsync";

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    [Fact]
    public void The_scan_for_saves_sees_the_one_shape_of_a_change()
    {
        typeof(Changes<>).GetNestedTypes(Everything).Concat([typeof(Changes<>)])
            .SelectMany(t => t.GetMethods(Everything))
            .ShouldContain(m => Calls(m).Any(c => c.Name == "SaveChangesAsync"));
    }

    /// <summary>The methods a method calls, read from its IL (call and callvirt with their tokens).</summary>
    internal static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = SafeBody(method)?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            MethodBase? called;
            try
            {
                called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1),
                    method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                    method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (Exception error) when (error is ArgumentException or BadImageFormatException or MissingMethodException)
            {
                called = null;
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }
}
