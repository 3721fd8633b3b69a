using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Testing;

/// <summary>Brings demo briefs to the point a test needs, through the modules' own facades.</summary>
internal static class Marketplace
{
    public static readonly Guid Northbridge = DemoAccounts.Northbridge.Id;
    public static readonly Guid Meridian = DemoAccounts.Firms[0].Id;
    public static readonly Guid RegPath = DemoAccounts.Firms[1].Id;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Moves the app's clock past the proposals-due date of a brief routed today: proposals close, and terms may unseal.</summary>
    public static void CloseProposals(this PortalFactory app) => app.Clock.Advance(TimeSpan.FromDays(15));

    public static async Task<T> WithAsync<T>(this PortalFactory app, Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>A demo brief, confirmed and routed to the firms, each of which answered interested.</summary>
    public static Task<Guid> RoutedBriefAsync(this PortalFactory app, string roleTitle, params Guid[] firms) =>
        app.RoutedBriefAsync(roleTitle, "amelia.hart@northbridge.example", firms);

    /// <summary>
    /// A demo brief routed by the coordinator signing in with <paramref name="owner"/>, who then owns the decisions the firms
    /// await; the <paramref name="declining"/> firms decline it, the others answer interested. Each firm gets <paramref name="note"/>
    /// as the coordinator's personal note, or the note routing writes from its reasons. Unless <paramref name="answer"/> is false,
    /// when the firms leave it unanswered.
    /// </summary>
    public static async Task<Guid> RoutedBriefAsync(this PortalFactory app, string roleTitle, string owner, Guid[] firms, ISet<Guid>? declining = null, string? note = null,
        bool answer = true)
    {
        var ownerId = await app.AccountAsync(owner);
        var briefId = await app.WithAsync(async sp =>
        {
            var briefs = sp.GetRequiredService<IBriefs>();
            var id = (await briefs.AskAsync(new ListBriefsQuery(Northbridge, null, roleTitle, 1), Cancel)).Items.Single().Id;
            if ((await briefs.AskAsync(new ReviewBriefQuery(Northbridge, id), Cancel))!.Status == BriefStatus.BriefingSubmitted)
            {
                (await briefs.SendAsync(new ConfirmBriefingCommand(Callers.Rpo(Northbridge, userId: Guid.NewGuid(), name: "Amelia Hart"), id), Cancel)).Succeeded.ShouldBeTrue();
            }

            return id;
        });
        await TestServices.Eventually(async () => await app.WithAsync(async sp =>
                (await sp.GetRequiredService<IRouting>().AskAsync(new RecommendQuery(Callers.Rpo(Northbridge), briefId), Cancel)) is not null),
            TimeSpan.FromSeconds(60), "the confirmed brief in routing");
        // Routing refuses a firm its directory does not hold as eligible. The firms reach that directory through the firm network's
        // FirmVetted events, which its outbox publishes only once the app has started, apart from the brief's confirmation: so wait
        // until routing finds each chosen firm eligible for this brief, then route once. Start-up of several test apps at once on
        // two cores can take a while, hence the minute.
        foreach (var firm in firms.Where(f => f != Northbridge))
        {
            var name = DemoAccounts.Firms.SingleOrDefault(f => f.Id == firm)?.Name ?? throw new ArgumentException($"{firm} is not a demo firm.", nameof(firms));
            await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(Northbridge), briefId, name), Cancel)))
                    .Any(f => f.FirmId == firm),
                TimeSpan.FromSeconds(60), $"{name} to be eligible in routing's directory for the brief");
        }

        var route = new RouteBriefCommand(Callers.Rpo(Northbridge, DemoAccounts.Northbridge.Name, ownerId, DemoAccounts.Northbridge.People.Single(p => p.Email == owner).Name), briefId, null, null, firms.Select(f => new FirmToRoute(f, note)).ToList());
        var routed = await app.WithAsync(sp => sp.GetRequiredService<IRouting>().SendAsync(route, Cancel));
        routed.Succeeded.ShouldBeTrue($"routing '{roleTitle}' was refused: {string.Join(" ", routed.Errors.SelectMany(e => e.Value.Select(m => $"[{e.Key}] {m}")))}");
        foreach (var firm in firms)
        {
            await TestServices.Eventually(async () => await app.WithAsync(async sp => await sp.GetRequiredService<IProposals>().AskAsync(new ViewRoutedBriefQuery(Callers.Firm(firm), briefId), Cancel) is not null),
                TimeSpan.FromSeconds(20), "the brief in the firm's inbox");
            if (!answer)
            {
                continue;
            }

            var declines = declining?.Contains(firm) == true;
            (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new RespondToRoutedBriefCommand(Callers.Firm(firm), briefId, !declines, declines ? DeclineReason.NoCapacity : null, null), Cancel)))
                .Succeeded.ShouldBeTrue();
        }

        return briefId;
    }

    /// <summary>The id of one of Northbridge's demo briefs, by its role title.</summary>
    public static Task<Guid> DemoBriefIdAsync(this PortalFactory app, string roleTitle) => app.WithAsync(async sp =>
        (await sp.GetRequiredService<IBriefs>().AskAsync(new ListBriefsQuery(Northbridge, null, roleTitle, 1), Cancel)).Items.Single().Id);

    public static async Task<Guid> AccountAsync(this PortalFactory app, string email) =>
        (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new FindAccountQuery(email), Cancel)))!.Value;

    /// <summary>A complete proposal for a brief of three success criteria.</summary>
    public static ProposalInput Proposal(string alias, decimal rate, string terms = "") => new()
    {
        Approaches = Enumerable.Range(1, 3).Select(n => new CriterionText { Criterion = n, Text = $"Our approach to criterion {n}" }).ToList(),
        Candidates =
        [
            new CandidateInput
            {
                Alias = alias,
                Headline = "Regulatory director, EU centralised procedure",
                YearsInSeniorRoles = 14,
                Achievements = "Led four centralised procedures to approval",
                AvailableFrom = new DateOnly(2026, 12, 7),
                Rationales = Enumerable.Range(1, 3).Select(n => new CriterionText { Criterion = n, Text = $"{alias} did this before ({n})" }).ToList(),
            },
        ],
        Commercial = new CommercialInput { Basis = FeeBasis.DayRate, Amount = rate, Currency = "eur", Terms = terms },
    };

    /// <summary>Every score this evaluator's role owes on the brief, all of the same value.</summary>
    public static async Task ScoreEverythingAsync(this PortalFactory app, Caller evaluator, Guid briefId, int value)
    {
        var view = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(evaluator, briefId), Cancel)))!;
        foreach (var proposal in view.Proposals)
        {
            var scores = new[] { Guid.Empty }.Concat(proposal.Candidates.Select(c => c.Id))
                .SelectMany(item => view.Criteria.Select(c => new ScoreInput { CandidateId = item, Criterion = c.Number, Value = value, Evidence = $"Scored {value} on evidence" }))
                .ToList();
            (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ScoreProposalCommand(evaluator, briefId, proposal.ProposalId, scores), Cancel))).Succeeded.ShouldBeTrue();
        }
    }

    /// <summary>Waits for a notification in the person's centre whose title contains <paramref name="title"/>.</summary>
    public static async Task<NotificationView> NotificationAsync(this PortalFactory app, Guid userId, string title)
    {
        NotificationView? found = null;
        await TestServices.Eventually(async () =>
        {
            found = (await app.WithAsync(sp => sp.GetRequiredService<INotifications>().AskAsync(new ListNotificationsQuery(Callers.Rpo(Guid.Empty, userId: userId), 1), Cancel))).Items.FirstOrDefault(n => n.Title.Contains(title));
            return found is not null;
        }, TimeSpan.FromSeconds(30), $"the notification '{title}'");
        return found!;
    }

    public static async Task<IReadOnlyList<NotificationView>> NotificationsAsync(this PortalFactory app, Guid userId) =>
        (await app.WithAsync(sp => sp.GetRequiredService<INotifications>().AskAsync(new ListNotificationsQuery(Callers.Rpo(Guid.Empty, userId: userId), 1), Cancel))).Items;
}
