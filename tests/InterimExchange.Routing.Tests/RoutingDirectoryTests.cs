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
            .ListBriefsAsync(new BriefQuery(DemoAccounts.Northbridge.Id, BriefStatus.Confirmed, null, 1), Cancel)).Items.Single().Id);
        IReadOnlyList<Recommendation>? recommended = null;
        await TestServices.Eventually(async () =>
        {
            recommended = await WithAsync(sp => sp.GetRequiredService<IRouting>().RecommendAsync(DemoAccounts.Northbridge.Id, briefId, Cancel));
            return recommended is { Count: > 0 };
        }, TimeSpan.FromSeconds(30), "recommendations for the confirmed brief");

        recommended![0].FirmName.ShouldBe("RegPath Interim");
        recommended[0].Summary.ShouldBe("Specialises in Pharma and life sciences × Regulatory affairs; Places VP or director interims; Serves Benelux; New to routing on InterimExchange");
        recommended.Select(r => r.FirmName).ShouldNotContain("Ledgerline Interim", "it has no pharma or regulatory specialism");
        (await WithAsync(sp => sp.GetRequiredService<IRouting>().RecommendAsync(Guid.NewGuid(), briefId, Cancel))).ShouldBeNull();
    }

    [Fact]
    public async Task A_firm_event_delivered_twice_is_applied_once()
    {
        var firmId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var vetted = new FirmVetted(firmId, "Twice Delivered Interim", [new SpecialismData("pharma", "quality")], ["benelux"], ["head-of"], 2,
            new DateOnly(2027, 11, 1), new DateOnly(2027, 6, 1), DateTime.UtcNow);
        var bus = app.Services.GetRequiredService<IBus>();

        await bus.Publish(vetted, context => context.MessageId = messageId, Cancel);
        await bus.Publish(vetted, context => context.MessageId = messageId, Cancel);

        await TestServices.Eventually(async () => await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().Firms.AnyAsync(f => f.FirmId == firmId, Cancel)),
            TimeSpan.FromSeconds(30), "the firm in routing's directory");
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
        (await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().InboxMessages.CountAsync(m => m.MessageId == messageId, Cancel))).ShouldBe(1);
        (await WithAsync(sp => sp.GetRequiredService<RoutingDbContext>().Firms.CountAsync(f => f.FirmId == firmId, Cancel))).ShouldBe(1);
    }
}
