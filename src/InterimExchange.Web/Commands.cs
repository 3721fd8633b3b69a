using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>
/// What an operator runs instead of the web server: <c>migrate</c>, <c>found-organisation</c> for a first organisation, and
/// <c>seed-scale</c> for measuring at a real RPO's size (Development only).
/// </summary>
internal static class Commands
{
    /// <summary>Runs the command named in <paramref name="args"/>, if any, and returns its exit code; null to run the web server.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args.Contains("migrate"))
        {
            // Applies every module's migrations to the configured database (the way to migrate SQL Server), then exits.
            await app.Services.MigrateModulesAsync();
            return 0;
        }

        if (args.Contains("found-organisation"))
        {
            return await FoundOrganisationAsync(app.Services, app.Configuration, Console.Out, CancellationToken.None);
        }

        if (args.Contains("seed-scale"))
        {
            return await SeedScaleAsync(app.Services, app.Environment, app.Configuration, Console.Out, CancellationToken.None);
        }

        return null;
    }

    /// <summary>
    /// <c>seed-scale [--briefs 10000] [--firms 1000] [--routed 50000]</c>: the demo data, then a realistic RPO's history for the demo RPO
    /// and the demo firm, written by each module through its own entities. Refused outside Development: it invents two years of business.
    /// </summary>
    public static async Task<int> SeedScaleAsync(IServiceProvider services, IHostEnvironment environment, IConfiguration arguments, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            await output.WriteLineAsync("seed-scale writes invented data and runs only in Development (ASPNETCORE_ENVIRONMENT=Development).");
            return 2;
        }

        int Count(string name, int fallback, int minimum) =>
            int.TryParse(arguments[name], out var value) && value >= minimum && value <= 1_000_000 ? value : fallback;
        var plan = new ScalePlan(Count("briefs", 10_000, 1), Count("firms", 1_000, 2), Count("routed", 50_000, 1),
            DemoAccounts.Northbridge.Id, DemoAccounts.Firms[0].Id, DemoAccounts.Firms[0].Name, DateTime.UtcNow);
        await output.WriteLineAsync($"Writing {plan.Briefs:N0} briefs for {DemoAccounts.Northbridge.Name}, {plan.Firms:N0} firms, "
            + $"{plan.Briefs * plan.FirmsPerBrief:N0} routed items ({plan.FirmsPerBrief} firms per brief)…");
        await services.SeedScaleAsync(plan, line => output.WriteLine("  " + line), cancellationToken);
        await output.WriteLineAsync("Done. Start the app as usual; it reads the same data folder.");
        return 0;
    }

    /// <summary>
    /// <c>found-organisation --kind rpo|vetting --name "…" --admin-email … --admin-name "…"</c>: an RPO or the platform's vetting
    /// team, with its first admin, who chooses a password through the link printed (valid two hours).
    /// </summary>
    public static async Task<int> FoundOrganisationAsync(IServiceProvider services, IConfiguration arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite)
        {
            await services.MigrateModulesAsync(cancellationToken);
        }

        OrganisationKind? kind = arguments["kind"]?.ToLowerInvariant() switch
        {
            "rpo" => OrganisationKind.RpoProvider,
            "vetting" => OrganisationKind.Platform,
            _ => null,
        };
        if (kind is null)
        {
            await output.WriteLineAsync("Say which organisation to found: --kind rpo (an RPO) or --kind vetting (the platform's vetting team).");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IAccounts>();
        var founded = await accounts.SendAsync(
            new FoundOrganisationCommand(arguments["name"] ?? "", kind.Value, arguments["admin-email"] ?? "", arguments["admin-name"] ?? ""), cancellationToken);
        if (!founded.Succeeded)
        {
            foreach (var (field, messages) in founded.Errors)
            {
                await output.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }

        await output.WriteLineAsync($"Founded. Give this link to the admin, who chooses a password with it within two hours:\n{await accounts.AskAsync(new AdminPasswordLinkQuery(founded.Id!.Value), cancellationToken)}");
        return 0;
    }
}
