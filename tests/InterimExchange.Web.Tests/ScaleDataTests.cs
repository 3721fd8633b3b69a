using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace InterimExchange.Web.Tests;

/// <summary><c>seed-scale</c> writes a real RPO's history through the modules, once, and only in Development.</summary>
public sealed class ScaleDataTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The command line of <c>seed-scale --briefs B --firms F --routed R</c>.</summary>
    internal static IConfiguration Arguments(int briefs, int firms, int routed) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["briefs"] = briefs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["firms"] = firms.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["routed"] = routed.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Build();

    private async Task<(int Total, int InInbox)> CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var briefs = await scope.ServiceProvider.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, null, "lead 000", 1), Cancel);
        var inbox = await scope.ServiceProvider.GetRequiredService<IProposals>().AskAsync(new ViewInboxQuery(Callers.Firm(DemoAccounts.Firms[0].Id)), Cancel);
        return (briefs.Total.Value, inbox.Count(i => i.RoleTitle.Contains(" lead 000", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_scale_data_reaches_the_demo_RPO_and_the_demo_firm_once()
    {
        using var output = new StringWriter();
        var development = new HostingEnvironment { EnvironmentName = Environments.Development };

        (await Commands.SeedScaleAsync(app.Services, development, Arguments(40, 10, 120), output, Cancel)).ShouldBe(0, output.ToString());
        output.ToString().ShouldContain("120 routed items (3 firms per brief)");

        // Forty briefs for Amelia's RPO; Meridian was routed every fourth.
        (await CountAsync()).ShouldBe((40, 10));
        var amelia = await app.SignedInAsync(DemoAccounts.Northbridge.People[0].Email, DemoAccounts.Password);
        (await amelia.GetStringAsync("/rpo?search=lead+00039", Cancel)).ShouldContain("Interim finance lead 00039");
        var maria = await app.SignedInAsync(DemoAccounts.Firms[0].People[0].Email, DemoAccounts.Password);
        (await maria.GetStringAsync("/firm", Cancel)).ShouldContain("lead 00000");

        // A second run adds nothing: each module sees its share is there.
        (await Commands.SeedScaleAsync(app.Services, development, Arguments(40, 10, 120), output, Cancel)).ShouldBe(0);
        (await CountAsync()).ShouldBe((40, 10));
    }

    [Fact]
    public async Task Outside_Development_the_command_is_refused_and_writes_nothing()
    {
        using var output = new StringWriter();

        var exitCode = await Commands.SeedScaleAsync(app.Services, new HostingEnvironment { EnvironmentName = Environments.Production }, Arguments(5, 3, 5), output, Cancel);

        exitCode.ShouldBe(2);
        output.ToString().ShouldContain("only in Development");
    }
}
