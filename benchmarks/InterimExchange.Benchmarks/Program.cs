using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks;
using InterimExchange.Briefs.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Relationships.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

// Measures what routing costs: ranking firms for a brief, the time from a confirmed routing to the last inbox item, and the
// RPO's decisions board once a thousand firms wait on a brief, the relationships lists at 5,000 relationships, and the insights
// at 10,000 briefs.
// Run in Release: dotnet run -c Release --project benchmarks/InterimExchange.Benchmarks [-- rabbitmq]
// It stops on Ctrl-C or SIGTERM, and after 30 minutes whatever happens; over RabbitMQ it first checks that the broker answers.
// Figures and the machine they were taken on are in docs/performance.md.

namespace InterimExchange.Benchmarks;

internal static class Benchmarks
{
    /// <summary>Cancelled on Ctrl-C, on SIGTERM, or after 30 minutes: every wait of the run watches it.</summary>
    public static readonly CancellationTokenSource Stop = new(TimeSpan.FromMinutes(30));

    public static async Task<int> Main(string[] args)
    {
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stopping);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stopping);
        var rabbitMq = args.Contains("rabbitmq");
        if (rabbitMq && !await BrokerAnswersAsync())
        {
            Console.Error.WriteLine("RabbitMQ does not answer on 127.0.0.1:5672. Start it first: ./test.sh starts it on loopback "
                + "(or, as root, `rabbitmq-server -detached`), then run this again.");
            return 2;
        }

        try
        {
            await RunAsync(args, rabbitMq);
            return 0;
        }
        catch (Exception exception) when (Stop.IsCancellationRequested && exception is OperationCanceledException or ObjectDisposedException)
        {
            Console.Error.WriteLine("Stopped before the end (asked to, or 30 minutes passed).");
            // The in-process app may be waiting on the broker; leave without waiting for it.
            Environment.Exit(143);
            return 143;
        }
    }

    private static void Stopping(PosixSignalContext context)
    {
        context.Cancel = true;
        Stop.Cancel();
    }

    private static async Task<bool> BrokerAnswersAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", 5672).WaitAsync(TimeSpan.FromSeconds(3));
            return true;
        }
        catch (Exception exception) when (exception is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string[] args, bool rabbitMq)
    {
        // The web project's content root, for the app started in-process below.
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "InterimExchange.sln")))
        {
            repository = repository.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INTERIMEXCHANGE_WEB", Path.Combine(repository!.FullName, "src", "InterimExchange.Web"));
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        await using var app = new BenchmarkApp(useRabbitMq: rabbitMq);
        // One scope for the run, as a request would have: the app validates scopes in Development.
        await using var run = app.Services.CreateAsyncScope();
        var routing = run.ServiceProvider.GetRequiredService<IRouting>();
        var bus = app.Services.GetRequiredService<IBus>();
        Console.WriteLine($"Transport: {bus.Address.Scheme}");
        if (args.Contains("insights"))
        {
            // The insights alone, for a quick run: dotnet run -c Release --project benchmarks/InterimExchange.Benchmarks -- insights
            await InsightsBenchmarks.InsightsAsync(app);
            return;
        }

        var briefId = await ConfirmedBriefAsync(app);
        var firmsSoFar = 0;
        // Routing alone, for a quick run: dotnet run -c Release --project benchmarks/InterimExchange.Benchmarks -- rabbitmq routing
        var routingOnly = args.Contains("routing");
        foreach (var size in routingOnly ? [] : new[] { 1_000, 10_000 })
        {
            // Half the network fits the brief's sector or function; the rest is noise the ranking must skip.
            await VetFirmsAsync(bus, app, firmsSoFar, size - firmsSoFar);
            firmsSoFar = size;
            await routing.AskAsync(new RecommendQuery(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), briefId), CancellationToken.None);
            var times = new List<double>();
            var allocated = 0L;
            for (var i = 0; i < 20; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var recommended = await routing.AskAsync(new RecommendQuery(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), briefId), CancellationToken.None);
                watch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (recommended is not { Count: 10 })
                {
                    throw new InvalidOperationException("Expected ten recommendations.");
                }
            }

            times.Sort();
            Console.WriteLine($"Recommendation over {size,6:N0} firms: median {times[times.Count / 2],7:0.0} ms, p95 {times[(int)(times.Count * 0.95)],7:0.0} ms, {allocated / 1024.0 / 1024.0:0.0} MB allocated per call (reads the eligible firms from SQLite and ranks them)");
        }

        // From confirming a routing to 50 firms until the 50th inbox item is written (Proposals), and until all five consuming modules have
        // handled every message (the inbox and decision, the brief marked routed, the notification, the relationship's timeline and the
        // insights' fact); 20 runs, each to 50 firms not routed before.
        const int runs = 20;
        var fresh = await VetFirmsAsync(bus, app, firmsSoFar, 50 * runs, exact: true);
        firmsSoFar += 50 * runs;
        var toInbox = new List<double>();
        var toAll = new List<double>();
        for (var round = 0; round < runs; round++)
        {
            var inboxBefore = app.Counter.OnEndpoint<InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm>("brief-routed-to-firm");
            var allBefore = app.Counter.Count(typeof(InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm));
            var routeWatch = Stopwatch.StartNew();
            var routed = await routing.SendAsync(new RouteBriefCommand(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), briefId, null, null, fresh.Skip(round * 50).Take(50).Select(f => new FirmToRoute(f, null)).ToList()), CancellationToken.None);
            if (!routed.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", routed.Errors.SelectMany(e => e.Value)));
            }

            await app.WaitAsync(() => Task.FromResult(app.Counter.OnEndpoint<InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm>("brief-routed-to-firm") - inboxBefore >= 50),
                "50 inbox items", pollMilliseconds: 2);
            toInbox.Add(routeWatch.Elapsed.TotalMilliseconds);
            await app.WaitAsync(() => Task.FromResult(app.Counter.Count(typeof(InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm)) - allBefore >= 250),
                "250 consumptions", pollMilliseconds: 2);
            toAll.Add(routeWatch.Elapsed.TotalMilliseconds);
        }

        toInbox.Sort();
        toAll.Sort();
        Console.WriteLine($"Routing to 50 firms over {bus.Address.Scheme}, {runs} runs: to the 50th inbox item median {toInbox[runs / 2]:0} ms, p95 {toInbox[(int)(runs * 0.95)]:0} ms; "
            + $"to the last of 250 consumptions median {toAll[runs / 2]:0} ms, p95 {toAll[(int)(runs * 0.95)]:0} ms");
        if (routingOnly)
        {
            return;
        }

        // The RPO's decisions board with 1,000 more firms waiting on the brief: the soonest 50, the open count and the ghosting count.
        var thousand = await VetFirmsAsync(bus, app, firmsSoFar, 1_000, exact: true);
        var consumedBefore = app.Counter.Count(typeof(InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm));
        var result = await routing.SendAsync(new RouteBriefCommand(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), briefId, null, null, thousand.Select(f => new FirmToRoute(f, null)).ToList()), CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        }

        await app.WaitAsync(() => Task.FromResult(app.Counter.Count(typeof(InterimExchange.Routing.Contracts.IntegrationEvents.BriefRoutedToFirm)) - consumedBefore >= 5_000), "5,000 consumptions");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var proposals = scope.ServiceProvider.GetRequiredService<IProposals>();
            var asRpo = new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false);
            var board = await proposals.AskAsync(new ViewDecisionsQuery(asRpo), CancellationToken.None);
            var times = new List<double>();
            var allocated = 0L;
            for (var i = 0; i < 20; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                board = await proposals.AskAsync(new ViewDecisionsQuery(asRpo), CancellationToken.None);
                watch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"Decisions board over {board.OpenCount:N0} open decisions: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, {allocated / 1024.0 / 1024.0:0.00} MB allocated per call");
        }

        await RelationshipBenchmarks.RelationshipsAsync(app);
        await InsightsBenchmarks.InsightsAsync(app);

        static async Task<Guid> ConfirmedBriefAsync(BenchmarkApp app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var briefs = scope.ServiceProvider.GetRequiredService<IBriefs>();
            var briefId = (await briefs.AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, null, "Interim Head of Quality", 1), CancellationToken.None)).Items.Single().Id;
            await briefs.SendAsync(new ConfirmBriefingCommand(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.NewGuid(), "Benchmark", IsAdmin: false), briefId), CancellationToken.None);
            var routing = scope.ServiceProvider.GetRequiredService<IRouting>();
            await app.WaitAsync(async () => await routing.AskAsync(new RecommendQuery(new Caller(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), briefId), CancellationToken.None) is not null, "the confirmed brief in routing");
            return briefId;
        }

        static async Task<List<Guid>> VetFirmsAsync(IBus bus, BenchmarkApp app, int from, int count, bool exact = false)
        {
            var sectors = new[] { "pharma", "medtech", "manufacturing", "consumer", "technology", "energy" };
            var functions = new[] { "quality", "regulatory", "operations", "supply-chain", "finance", "hr", "it" };
            var regions = new[] { "benelux", "dach", "nordics", "uk-ireland", "france" };
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var ids = new List<Guid>();

            // Two modules consume FirmVetted: routing's directory and notifications.
            const int consumers = 2;

            // The six demo firms are vetted at start-up; count from after them.
            await app.WaitAsync(() => Task.FromResult(app.Counter.Count(typeof(FirmVetted)) >= consumers * DemoAccounts.Firms.Count), "the demo firms in routing");
            var before = app.Counter.Count(typeof(FirmVetted));
            for (var i = from; i < from + count; i++)
            {
                var id = Guid.NewGuid();
                ids.Add(id);
                var specialism = exact ? new SpecialismData("pharma", "quality") : new SpecialismData(sectors[i % sectors.Length], functions[i % functions.Length]);
                await bus.Publish(new FirmVetted(id, exact ? $"Exact Fit {i}" : $"Firm {i:D5}", [specialism], [regions[i % regions.Length]], ["head-of", "executive"],
                    5, today.AddMonths(12), today.AddMonths(12), DateTime.UtcNow));
            }

            await app.WaitAsync(() => Task.FromResult(app.Counter.Count(typeof(FirmVetted)) >= before + consumers * count), $"{count} firms in routing's directory");
            return ids;
        }
    }
}

internal static class RelationshipBenchmarks
{
    /// <summary>
    /// The keep-in-touch list with 5,000 of the RPO's relationships due, and one relationship's timeline at 500 entries, written
    /// through the module's own entities. Each read is measured 50 times after a warm-up.
    /// </summary>
    public static async Task RelationshipsAsync(BenchmarkApp app)
    {
        var rpo = DemoAccounts.Northbridge;
        var now = DateTime.UtcNow;
        Guid busiest;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterimExchange.Relationships.Data.RelationshipsDbContext>();
            for (var batch = 0; batch < 5; batch++)
            {
                for (var i = 0; i < 1_000; i++)
                {
                    var number = batch * 1_000 + i;
                    var relationship = new InterimExchange.Relationships.Domain.Relationship(rpo.Id, rpo.Name, Guid.NewGuid(), CounterpartKind.Firm, $"Scale Firm {number:D4}",
                        null, now.AddDays(-60 - number % 90));
                    relationship.Highlighted($"They proposed for Role {number} in October 2026");
                    db.Relationships.Add(relationship);
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            var timeline = new InterimExchange.Relationships.Domain.Relationship(rpo.Id, rpo.Name, Guid.NewGuid(), CounterpartKind.Firm, "Busiest Firm", null, now.AddYears(-2));
            db.Relationships.Add(timeline);
            for (var i = 0; i < 500; i++)
            {
                db.Timeline.Add(new InterimExchange.Relationships.Domain.TimelineEntry(timeline.Id, now.AddDays(-i), (TimelineKind)(i % 5), $"Event {i} between Northbridge and Busiest Firm",
                    privateTo: i % 7 == 0 ? rpo.Id : null));
            }

            await db.SaveChangesAsync();
            busiest = timeline.Id;
        }

        var viewer = new Caller(rpo.Id, rpo.Name, OrganisationKind.RpoProvider, Guid.NewGuid(), "Benchmark", false, "benchmark@northbridge.example", "Europe/Amsterdam");
        await MeasureAsync(app, "Keep in touch, first 25 of 5,000 due relationships", async relationships =>
            (await relationships.AskAsync(new KeepInTouchQuery(viewer, 1, 25), CancellationToken.None)).Total >= 5_000);
        await MeasureAsync(app, "Relationships list, page 100 of 5,000+", async relationships =>
            (await relationships.AskAsync(new ListRelationshipsQuery(viewer, 100), CancellationToken.None)).Items.Count == 25);
        await MeasureAsync(app, "A relationship's page with a timeline of 500 entries (newest 25)", async relationships =>
            (await relationships.AskAsync(new ViewRelationshipQuery(viewer, busiest, 1), CancellationToken.None))?.Timeline.Count == 25);
    }

    private static async Task MeasureAsync(BenchmarkApp app, string what, Func<IRelationships, Task<bool>> read)
    {
        var times = new List<double>();
        var allocated = 0L;
        for (var i = -5; i < 50; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var relationships = scope.ServiceProvider.GetRequiredService<IRelationships>();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var right = await read(relationships);
            watch.Stop();
            if (!right)
            {
                throw new InvalidOperationException($"{what}: unexpected answer.");
            }

            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        times.Sort();
        Console.WriteLine($"{what}: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, {allocated / 1024.0:0} KB allocated per call");
    }
}

/// <summary>The whole app on its embedded default (or RabbitMQ), in a fresh data folder.</summary>
internal sealed class BenchmarkApp(bool useRabbitMq) : WebApplicationFactory<Program>
{
    public ConsumeCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var folder = Path.Combine(Path.GetTempPath(), "interimexchange-benchmark", Guid.NewGuid().ToString("N"));
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", Path.Combine(folder, "data"));
        builder.UseSetting("Email:PickupDirectory", Path.Combine(folder, "mail"));
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("BENCH_SQL") ?? "Warning");
        if (useRabbitMq)
        {
            builder.UseSetting("Messaging:Transport", "RabbitMq");
            builder.UseSetting("Messaging:Host", "127.0.0.1");
            builder.UseSetting("Messaging:QueuePrefix", $"bench-{Guid.NewGuid():N}"[..14]);
        }

        builder.ConfigureServices(services => services.AddConsumeObserver(_ => Counter));
    }

    /// <summary>Waits for <paramref name="condition"/>: at most five minutes, and no longer than the run may go on.</summary>
    public async Task WaitAsync(Func<Task<bool>> condition, string what, int pollMilliseconds = 20)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited five minutes for {what}: is every module's consumer running?");
            }

            await Task.Delay(pollMilliseconds, Benchmarks.Stop.Token);
        }
    }
}
