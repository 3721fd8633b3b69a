using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks;
using InterimExchange.Insights.Contracts;
using InterimExchange.Insights.Data;
using InterimExchange.Insights.Domain;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Benchmarks;

/// <summary>
/// The insights at 10,000 of an RPO's briefs over two years, written through the Insights module's own facts: each brief confirmed
/// for one of 20 clients in one of the sectors, routed to three of 200 firms and the RPO's sourcing team, most with a proposal,
/// a third engaged with four criteria reviewed, and five decisions each, most given on time. Measured 20 times after a warm-up:
/// the report for the last twelve months, the platform's report, and the RPO's page over HTTP beside /health/live.
/// </summary>
internal static partial class InsightsBenchmarks
{
    public static async Task InsightsAsync(BenchmarkApp app)
    {
        var rpo = DemoAccounts.Northbridge.Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(16);
        var clients = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var sectors = InterimExchange.BuildingBlocks.Taxonomy.Taxonomy.Sectors.Select(s => s.Code).ToArray();
        var firms = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToArray();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            for (var batch = 0; batch < 10; batch++)
            {
                for (var i = 0; i < 1_000; i++)
                {
                    var created = today.AddDays(-random.Next(730)).ToDateTime(new TimeOnly(9, 0));
                    var brief = new BriefFact(Guid.NewGuid(), rpo);
                    brief.Created(created);
                    brief.Confirmed(clients[random.Next(clients.Length)], sectors[random.Next(sectors.Length)]);
                    var engaged = random.Next(3) == 0;
                    if (random.Next(5) > 0)
                    {
                        brief.ProposalArrived(created.AddDays(3 + random.Next(18)));
                    }

                    if (engaged)
                    {
                        brief.Engaged(DateOnly.FromDateTime(created).AddDays(20 + random.Next(40)));
                    }

                    db.Add(brief);
                    foreach (var (firm, channel) in firms.OrderBy(_ => random.Next()).Take(3).Select(f => (f, RoutingChannel.SpecialistFirm)).Append((rpo, RoutingChannel.SourcingTeam)))
                    {
                        var routing = new RoutingFact(brief.BriefId, firm);
                        routing.Routed(rpo, channel, created.AddDays(2), DateOnly.FromDateTime(created).AddDays(5));
                        routing.Answered(random.Next(4) > 0, created.AddDays(2).AddHours(random.Next(96)));
                        routing.ProposalSubmitted();
                        db.Add(routing);
                    }

                    if (engaged)
                    {
                        var engagement = Guid.NewGuid();
                        for (var number = 1; number <= 4; number++)
                        {
                            var review = new ReviewFact(engagement, number, brief.BriefId, rpo, firms[random.Next(firms.Length)]);
                            review.Reviewed((CriterionRating)random.Next(3), created.AddDays(60 + 30 * number));
                            db.Add(review);
                        }
                    }

                    for (var d = 0; d < 5; d++)
                    {
                        var promise = new PromiseFact(Guid.NewGuid(), rpo, brief.BriefId, firms[random.Next(firms.Length)]);
                        var by = DateOnly.FromDateTime(created).AddDays(20 + d * 5);
                        var late = random.Next(50) switch { 0 => (int?)null, < 5 => 1 + random.Next(10), _ => -random.Next(3) };
                        if (late is { } days && by.AddDays(days) <= today)
                        {
                            promise.Given(by, (Outcome)random.Next(3), random.Next(2) == 0, by.AddDays(days).ToDateTime(new TimeOnly(15, 0)));
                        }
                        else
                        {
                            promise.Promised(by);
                        }

                        db.Add(promise);
                    }
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var period = InsightsPeriod.LastTwelveMonths(today);
        await MeasureAsync("Insights report, one RPO, last twelve months of 10,000 briefs", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IInsights>().AskAsync(new ReportQuery(new Caller(rpo, "", OrganisationKind.RpoProvider, Guid.Empty, "Benchmark", false), period), CancellationToken.None)).BriefsCreated > 4_000;
        });
        await MeasureAsync("Insights report, the platform, last twelve months", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IInsights>().AskAsync(new ReportQuery(new Caller(Guid.Empty, "", OrganisationKind.Platform, Guid.Empty, "Benchmark", false), period), CancellationToken.None)).BriefsCreated > 4_000;
        });

        var someFirms = firms.Concat(Enumerable.Range(0, 4_800).Select(_ => Guid.NewGuid())).ToList();
        await MeasureAsync("Track records of 5,000 firms, 200 of them with history", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IInsights>().AskAsync(new FirmTrackRecordsQuery(someFirms), CancellationToken.None)).Count == 5_000;
        });

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(signIn).Groups[1].Value;
        var signedIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "amelia.hart@northbridge.example",
            ["Input.Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("The benchmark could not sign in.");
        }

        await MeasureAsync("/health/live over HTTP", async () => (await client.GetAsync("/health/live")).IsSuccessStatusCode);
        await MeasureAsync("/rpo/insights over HTTP, last twelve months of 10,000 briefs", async () => (await client.GetAsync("/rpo/insights")).IsSuccessStatusCode);
        await MeasureAsync("/rpo/insights months table as CSV over HTTP", async () => (await client.GetAsync("/rpo/insights?handler=Csv&table=months")).IsSuccessStatusCode);
    }

    private static async Task MeasureAsync(string what, Func<Task<bool>> read)
    {
        var times = new List<double>();
        var allocated = 0L;
        for (var i = -3; i < 20; i++)
        {
            var before = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var right = await read();
            watch.Stop();
            if (!right)
            {
                throw new InvalidOperationException($"{what}: unexpected answer.");
            }

            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes() - before;
            }
        }

        times.Sort();
        Console.WriteLine($"{what}: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, {allocated / 1024.0:0} KB allocated per call (the whole process, the server's side too)");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
