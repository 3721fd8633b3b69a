using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing.Tests;

/// <summary>
/// The RPO's own sourcing team as a routing channel beside the specialist firms, and the firms an RPO excludes for a client,
/// on the demo's confirmed Director of Regulatory Affairs brief for Valdora.
/// </summary>
public sealed class SourcingTeamAndExclusionTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Guid Northbridge = DemoAccounts.Northbridge.Id;

    private async Task<T> WithRoutingAsync<T>(Func<IRouting, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IRouting>());
    }

    /// <summary>The confirmed demo brief, once routing has it and the firm directory is built.</summary>
    private async Task<Guid> RegulatoryBriefAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var briefId = (await scope.ServiceProvider.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(Northbridge, null, "Regulatory Affairs", 1), Cancel)).Items.Single().Id;
        await TestServices.Eventually(async () => (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))?.Count > 0,
            TimeSpan.FromSeconds(20), "recommendations for the regulatory brief");
        return briefId;
    }

    [Fact]
    public async Task The_RPO_routes_a_brief_to_its_own_sourcing_team_which_reads_and_answers_it_as_a_firm_does()
    {
        var briefId = await RegulatoryBriefAsync();
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var routingPage = $"/rpo/briefs/{briefId}/routing";
        (await amelia.GetStringAsync(routingPage, Cancel)).ShouldContain("Northbridge Talent Partners sourcing team");

        var routed = await amelia.PostFormAsync(routingPage, new()
        {
            ["Chosen"] = Northbridge.ToString(),
            ["Notes[0].FirmId"] = Northbridge.ToString(),
            ["Notes[0].Note"] = "Tom, please put forward two of our regulatory interims.",
        });

        routed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tom = await app.SignedInAsync("tom.okafor@northbridge.example");
        await TestServices.Eventually(async () => (await tom.GetStringAsync("/rpo/sourcing", Cancel)).Contains(briefId.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the brief among the sourcing team's briefs");
        var html = await tom.GetStringAsync($"/rpo/sourcing/{briefId}", Cancel);
        html.IndexOf("What success looks like", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Context", StringComparison.Ordinal));
        html.ShouldContain("Tom, please put forward two of our regulatory interims.");

        (await tom.PostFormAsync($"/rpo/sourcing/{briefId}", new() { ["interested"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await TestServices.Eventually(async () => (await WithRoutingAsync(r => r.AskAsync(new RoutedFirmsQuery(Callers.Rpo(Northbridge), briefId), Cancel)))
                .Any(f => f.Channel == RoutingChannel.SourcingTeam && f.Response == FirmResponse.Interested),
            TimeSpan.FromSeconds(20), "the sourcing team's answer on the routing page");
        var team = (await WithRoutingAsync(r => r.AskAsync(new RoutedFirmsQuery(Callers.Rpo(Northbridge), briefId), Cancel))).Single(f => f.FirmId == Northbridge);
        team.FirmName.ShouldBe("Northbridge Talent Partners sourcing team");
        (await amelia.GetStringAsync(routingPage, Cancel)).ShouldContain($"href=\"/rpo/sourcing/{briefId}\"");

        // Only the RPO's own people reach its sourcing team's briefs.
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        var sofia = await app.SignedInAsync("sofia.lindqvist@valdora.example");
        foreach (var outsider in new[] { maria, sofia })
        {
            (await outsider.GetAsync("/rpo/sourcing", Cancel)).ShouldBeRefused();
            var page = await outsider.GetAsync($"/rpo/sourcing/{briefId}", Cancel);
            page.ShouldBeRefused();
            (await page.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("What success looks like");
        }

        (await maria.GetAsync($"/firm/briefs/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_firm_excluded_for_the_client_is_not_recommended_found_or_routed_until_the_exclusion_is_lifted()
    {
        var briefId = await RegulatoryBriefAsync();
        var firm = (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))![0];

        var withoutReason = await WithRoutingAsync(r => r.SendAsync(new ExcludeFirmCommand(Callers.Rpo(Northbridge, name: "Amelia Hart"), briefId, firm.FirmId, " "), Cancel));
        withoutReason.Errors.Keys.ShouldBe([nameof(ExcludeFirmCommand.Reason)]);
        (await WithRoutingAsync(r => r.SendAsync(new ExcludeFirmCommand(Callers.Rpo(Northbridge, name: "Amelia Hart"), briefId, firm.FirmId, "Placed Valdora's last head of regulatory, who left after a month"), Cancel)))
            .Succeeded.ShouldBeTrue();

        (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))!.ShouldNotContain(x => x.FirmId == firm.FirmId);
        (await WithRoutingAsync(r => r.AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(Northbridge), briefId, firm.FirmName), Cancel))).ShouldBeEmpty();
        var refused = await WithRoutingAsync(r => r.SendAsync(
            new RouteBriefCommand(Callers.Rpo(Northbridge, DemoAccounts.Northbridge.Name, Guid.Empty, "Amelia Hart"), briefId, null, null, [new FirmToRoute(firm.FirmId, null)]), Cancel));
        refused.Succeeded.ShouldBeFalse();
        refused.Errors[RouteBriefCommand.FirmField(firm.FirmId)].ShouldBe([$"{firm.FirmName} is excluded for this client. Untick it and confirm again."]);
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var page = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/routing", Cancel);
        page.ShouldContain($"Firms excluded for {DemoAccounts.Valdora.Name}");
        page.ShouldContain("who left after a month");

        (await WithRoutingAsync(r => r.SendAsync(new LiftExclusionCommand(Callers.Rpo(Northbridge), briefId, firm.FirmId), Cancel))).Succeeded.ShouldBeTrue();

        (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))!.ShouldContain(x => x.FirmId == firm.FirmId);
        (await WithRoutingAsync(r => r.AskAsync(new ExclusionsQuery(Callers.Rpo(Northbridge), briefId), Cancel))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_RPO_can_neither_exclude_for_nor_read_the_exclusions_of_a_brief_that_is_not_its_own()
    {
        var briefId = await RegulatoryBriefAsync();
        var firm = (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))![0];
        var stranger = Guid.NewGuid();

        (await WithRoutingAsync(r => r.SendAsync(new ExcludeFirmCommand(Callers.Rpo(stranger, name: "Someone"), briefId, firm.FirmId, "Conflict"), Cancel))).IsNotFound.ShouldBeTrue();
        (await WithRoutingAsync(r => r.AskAsync(new ExclusionsQuery(Callers.Rpo(stranger), briefId), Cancel))).ShouldBeEmpty();
        (await WithRoutingAsync(r => r.AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(stranger), briefId, firm.FirmName), Cancel))).ShouldBeEmpty();
        (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))!.ShouldContain(x => x.FirmId == firm.FirmId);
    }

    [Fact]
    public async Task Finding_a_firm_by_name_keeps_the_notes_already_written()
    {
        var briefId = await RegulatoryBriefAsync();
        var firm = (await WithRoutingAsync(r => r.AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)))![0];
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");

        var response = await amelia.PostFormAsync($"/rpo/briefs/{briefId}/routing", new()
        {
            ["Find"] = "Ledgerline",
            ["Chosen"] = firm.FirmId.ToString(),
            ["Notes[0].FirmId"] = firm.FirmId.ToString(),
            ["Notes[0].Name"] = firm.FirmName,
            ["Notes[0].Note"] = "Written by hand before searching",
        }, $"/rpo/briefs/{briefId}/routing?handler=Find");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Written by hand before searching");
        html.ShouldContain("Ledgerline");
        html.ShouldContain("Added by you");
    }
}
