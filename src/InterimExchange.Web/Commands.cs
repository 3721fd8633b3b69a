using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>What an operator runs instead of the web server: <c>migrate</c>, and <c>found-organisation</c> for a first organisation.</summary>
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

        return null;
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
        var founded = await scope.ServiceProvider.GetRequiredService<IAccounts>().FoundOrganisationAsync(
            new NewOrganisation(arguments["name"] ?? "", kind.Value, arguments["admin-email"] ?? "", arguments["admin-name"] ?? ""), cancellationToken);
        if (!founded.Result.Succeeded)
        {
            foreach (var (field, messages) in founded.Result.Errors)
            {
                await output.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }

        await output.WriteLineAsync($"Founded. Give this link to the admin, who chooses a password with it within two hours:\n{founded.PasswordLink}");
        return 0;
    }
}
