using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Data;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing.Tests;

/// <summary>Routing builds its own view of the network from the firm network's events, through the bus and its inbox.</summary>
public sealed class RoutingDirectoryTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task The_vetted_demo_firms_reach_routing_s_directory_through_their_events()
    {
        var demoFirms = DemoAccounts.Firms.Select(f => f.Id).ToList();
        await TestServices.Eventually(async () => await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().Firms.CountAsync(f => demoFirms.Contains(f.FirmId), Cancel)) == 6,
            TimeSpan.FromSeconds(30), "the six vetted demo firms in routing's directory");
    }

    [Fact]
    public async Task A_confirmed_brief_gets_firms_ranked_by_fit_with_their_reasons()
    {
        var briefId = await WithAsync(async sp => (await sp.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, BriefStatus.Confirmed, null, 1), Cancel)).Items.Single().Id);
        IReadOnlyList<Recommendation>? recommended = null;
        await TestServices.Eventually(async () =>
        {
            recommended = await WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new RecommendQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId), Cancel));
            // The demo firms reach routing's directory one event at a time: wait for the one that fits best.
            return recommended?.Any(r => r.FirmName == "RegPath Interim") == true;
        }, TimeSpan.FromSeconds(30), "recommendations for the confirmed brief");

        // Other tests of this class add firms of their own: the ranking asserted is the demo firms'.
        var demoFirms = DemoAccounts.Firms.Select(f => f.Id).ToHashSet();
        recommended = recommended!.Where(r => demoFirms.Contains(r.FirmId)).ToList();
        recommended[0].FirmName.ShouldBe("RegPath Interim");
        recommended[0].Summary.ShouldBe("Specialises in Pharma and life sciences × Regulatory affairs; Places VP or director interims; Serves Benelux; New to routing on InterimExchange");
        recommended.Select(r => r.FirmName).ShouldNotContain("Ledgerline Interim", "it has no pharma or regulatory specialism");
        (await WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new RecommendQuery(Callers.Rpo(Guid.NewGuid()), briefId), Cancel))).ShouldBeNull();
    }

    [Fact]
    public async Task A_firm_event_delivered_twice_is_applied_once()
    {
        var firmId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var vetted = new FirmVetted(firmId, "Twice Delivered Interim", [new SpecialismData("pharma", "quality")], ["benelux"], ["head-of"], 2,
            new DateOnly(2027, 11, 1), new DateOnly(2027, 6, 1), DateTime.UtcNow);
        var bus = app.Services.GetRequiredService<IBus>();
        var consumed = new ConsumeCounter();
        using var observing = bus.ConnectConsumeObserver(consumed);

        await bus.Publish(vetted, context => context.MessageId = messageId, Cancel);
        await bus.Publish(vetted, context => context.MessageId = messageId, Cancel);

        // Both deliveries reached routing's directory consumer, and only one had an effect.
        await TestServices.Eventually(() => Task.FromResult(consumed.Of(messageId, "firm-vetted") == 2), TimeSpan.FromSeconds(30), "both deliveries consumed");
        (await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().InboxMessages.CountAsync(m => m.MessageId == messageId, Cancel))).ShouldBe(1);
        (await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().Firms.CountAsync(f => f.FirmId == firmId, Cancel))).ShouldBe(1);
    }

    [Fact]
    public async Task A_firm_whose_vetting_expired_drops_out_of_recommendations()
    {
        var briefId = await WithAsync(async sp => (await sp.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, BriefStatus.Confirmed, null, 1), Cancel)).Items.Single().Id);
        var firmId = Guid.NewGuid();
        var bus = app.Services.GetRequiredService<IBus>();
        await bus.Publish(new FirmVetted(firmId, "Expiring Regulatory Interim", [new SpecialismData("pharma", "regulatory")], ["benelux"], ["executive"], 2,
            new DateOnly(2027, 11, 1), new DateOnly(2027, 6, 1), DateTime.UtcNow), Cancel);
        await TestServices.Eventually(async () => await RecommendedAsync(briefId, firmId), TimeSpan.FromSeconds(30), "the new firm recommended");

        await bus.Publish(new FirmVettingExpired(firmId, new DateOnly(2026, 11, 1), DateTime.UtcNow), Cancel);

        await TestServices.Eventually(async () => !await RecommendedAsync(briefId, firmId), TimeSpan.FromSeconds(30), "the expired firm no longer recommended");
        (await WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId, "Expiring"), Cancel)))
            .ShouldNotContain(f => f.FirmId == firmId, "an expired firm cannot be added by name either");
    }

    /// <summary>Whether the firm is recommended for the brief; not while routing has yet to learn of the brief's confirmation.</summary>
    private Task<bool> RecommendedAsync(Guid briefId, Guid firmId) =>
        WithAsync(async sp => (await sp.GetRequiredService<IRouting>().AskAsync(new RecommendQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId), Cancel))?.Any(r => r.FirmId == firmId) == true);

    [Fact]
    public async Task Routing_a_brief_whose_criteria_are_not_confirmed_is_refused_through_the_facade_and_the_page()
    {
        var northbridge = DemoAccounts.Northbridge.Id;
        var draftId = await WithAsync(async sp => (await sp.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(northbridge, BriefStatus.Draft, null, 1), Cancel)).Items.Single().Id);
        var regPath = DemoAccounts.Firms[1].Id;

        var refused = await WithAsync(sp => sp.GetRequiredService<IRouting>().SendAsync(
            new RouteBriefCommand(Callers.Rpo(northbridge, DemoAccounts.Northbridge.Name, Guid.NewGuid(), "Amelia Hart"), draftId, null, null, [new FirmToRoute(regPath, null)]), Cancel));
        refused.Succeeded.ShouldBeFalse();

        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        (await amelia.GetStringAsync($"/rpo/briefs/{draftId}/routing", Cancel)).ShouldContain("cannot be routed yet");
        var posted = await amelia.PostFormAsync($"/rpo/briefs/{draftId}/routing", new() { ["Chosen"] = regPath.ToString(), ["Notes[0].FirmId"] = regPath.ToString() });
        posted.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new RoutedFirmsQuery(Callers.Rpo(northbridge), draftId), Cancel))).ShouldBeEmpty();
    }
}
