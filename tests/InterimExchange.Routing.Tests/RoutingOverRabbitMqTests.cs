using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using InterimExchange.Routing.Data;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing.Tests;

/// <summary>Routing through the real RabbitMQ: duplicates take effect once; a routing confirmed while the broker is down completes when it is back.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RoutingOverRabbitMqTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_brief_routed_to_20_firms_gives_each_firm_exactly_one_inbox_item_when_every_message_arrives_twice()
    {
        await using var virtualHost = await RabbitMq.VirtualHostAsync();
        await using var app = new RabbitPortalFactory(virtualHost);
        var firms = await VetFirmsAsync(app, 20);
        var briefId = await ConfirmedBriefAsync(app);

        (await RouteAsync(app, briefId, firms)).Succeeded.ShouldBeTrue();
        await EventuallyInboxItemsAsync(app, briefId, 20);

        // The broker delivers every routing message again, with the same message id.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<RoutingDbContext>().OutboxMessages
                .Where(m => m.Type.StartsWith(typeof(BriefRoutedToFirm).FullName!)).ToListAsync(Cancel);
            sent.Count.ShouldBe(20);
            var bus = app.Services.GetRequiredService<IBus>();
            foreach (var message in sent)
            {
                var routed = System.Text.Json.JsonSerializer.Deserialize<BriefRoutedToFirm>(message.Content)!;
                await bus.Publish(routed, context => context.MessageId = message.MessageId, Cancel);
            }
        }

        await TestServices.Eventually(() => Task.FromResult(app.Consumed.Count(typeof(BriefRoutedToFirm)) >= 80),
            TimeSpan.FromSeconds(60), "40 deliveries to each of the two consuming modules");
        (await InboxItemsAsync(app, briefId)).ShouldBe(20);
    }

    [Fact]
    public async Task A_routing_confirmed_while_the_broker_is_stopped_reaches_the_firms_after_it_comes_back()
    {
        await using var virtualHost = await RabbitMq.VirtualHostAsync();
        await using var app = new RabbitPortalFactory(virtualHost);
        var firms = await VetFirmsAsync(app, 3);
        var briefId = await ConfirmedBriefAsync(app);

        await RabbitMq.CtlAsync("stop_app");
        try
        {
            (await RouteAsync(app, briefId, firms)).Succeeded.ShouldBeTrue();

            // The outbox has taken up the three routing messages, and none is sent: only then does "no inbox item" say something.
            // With the broker stopped, the bus holds a publish until the connection is back rather than failing it, so the rows stay
            // claimed (LockedBy) with no failed attempt counted; a publish that failed instead would count one.
            await TestServices.Eventually(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var rows = await RoutingMessagesOf(scope.ServiceProvider.GetRequiredService<RoutingDbContext>(), briefId).ToListAsync(Cancel);
                return rows.Count == 3 && rows.All(m => m.SentAtUtc == null && (m.LockedBy != null || m.Attempts > 0 || m.LastError != null));
            }, TimeSpan.FromSeconds(60), "the outbox to take up the three routing messages while the broker is down");
            (await InboxItemsAsync(app, briefId)).ShouldBe(0);
        }
        finally
        {
            await RabbitMq.CtlAsync("start_app");
        }

        await EventuallyInboxItemsAsync(app, briefId, 3, TimeSpan.FromSeconds(120));
    }

    /// <summary>The outbox rows that route <paramref name="briefId"/> to a firm.</summary>
    private static IQueryable<InterimExchange.BuildingBlocks.Outbox.OutboxMessage> RoutingMessagesOf(RoutingDbContext db, Guid briefId) =>
        db.OutboxMessages.Where(m => m.Type.StartsWith(typeof(BriefRoutedToFirm).FullName!) && m.Content.Contains(briefId.ToString()));

    private static async Task<List<Guid>> VetFirmsAsync(RabbitPortalFactory app, int count)
    {
        app.Services.GetRequiredService<IBus>().Address.Scheme.ShouldBe("rabbitmq");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var bus = app.Services.GetRequiredService<IBus>();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await bus.Publish(new FirmVetted(id, $"Quality Firm {i:D2}", [new SpecialismData("pharma", "quality")], ["benelux"], ["head-of"], 5,
                today.AddMonths(12), today.AddMonths(12), DateTime.UtcNow), Cancel);
        }

        await TestServices.Eventually(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RoutingDbContext>().Firms.CountAsync(f => ids.Contains(f.FirmId), Cancel) == count;
        }, TimeSpan.FromSeconds(60), $"{count} firms in routing's directory");
        return ids;
    }

    private static async Task<Guid> ConfirmedBriefAsync(RabbitPortalFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var briefs = scope.ServiceProvider.GetRequiredService<IBriefs>();
        var briefId = (await briefs.AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, null, "Interim Head of Quality", 1), Cancel)).Items.Single().Id;
        (await briefs.SendAsync(new ConfirmBriefingCommand(Callers.Rpo(DemoAccounts.Northbridge.Id, userId: Guid.NewGuid(), name: "Amelia Hart"), briefId), Cancel)).Succeeded.ShouldBeTrue();
        await TestServices.Eventually(async () =>
        {
            await using var check = app.Services.CreateAsyncScope();
            return await check.ServiceProvider.GetRequiredService<RoutingDbContext>().Briefs.AnyAsync(b => b.BriefId == briefId, Cancel);
        }, TimeSpan.FromSeconds(60), "the confirmed brief in routing");
        return briefId;
    }

    private static async Task<InterimExchange.BuildingBlocks.Results.Result> RouteAsync(RabbitPortalFactory app, Guid briefId, IEnumerable<Guid> firms)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRouting>().SendAsync(
            new RouteBriefCommand(Callers.Rpo(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, Guid.Empty, "Amelia Hart"), briefId, null, null, firms.Select(f => new FirmToRoute(f, null)).ToList()), Cancel);
    }

    private static async Task<int> InboxItemsAsync(RabbitPortalFactory app, Guid briefId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<InterimExchange.Proposals.Contracts.IProposals>();
        var routed = await scope.ServiceProvider.GetRequiredService<IRouting>().AskAsync(new RoutedFirmsQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId), Cancel);
        var count = 0;
        foreach (var firm in routed)
        {
            count += (await inbox.AskAsync(new InterimExchange.Proposals.Contracts.ViewInboxQuery(Callers.Firm(firm.FirmId)), Cancel)).Count(i => i.BriefId == briefId);
        }

        return count;
    }

    private static Task EventuallyInboxItemsAsync(RabbitPortalFactory app, Guid briefId, int expected, TimeSpan? timeout = null) =>
        TestServices.Eventually(async () => await InboxItemsAsync(app, briefId) == expected, timeout ?? TimeSpan.FromSeconds(60), $"{expected} inbox items");
}

/// <summary>The app on the real RabbitMQ, in a virtual host of the test's own, counting what its consumers handled.</summary>
internal sealed class RabbitPortalFactory(RabbitMq.VirtualHost virtualHost) : PortalFactory
{
    public ConsumeCounter Consumed { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in virtualHost.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddConsumeObserver(_ => Consumed));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
