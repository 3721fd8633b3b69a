using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Features.SendDecisionReminders;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Proposals.Tests;

internal static class Outcomes
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<T> OutcomesAsync<T>(this PortalFactory app, Func<IProposals, Task<T>> use) => app.WithAsync(sp => use(sp.GetRequiredService<IProposals>()));

    public static Task<IReadOnlyList<DecisionView>> ItemsAsync(this PortalFactory app, Guid briefId) =>
        app.OutcomesAsync(async o => (await o.AskAsync(new ViewBriefDecisionsQuery(Callers.Rpo(Northbridge), briefId), Cancel))!.Items);

    public static async Task SubmitAsync(this PortalFactory app, Guid firm, Guid briefId, string alias) =>
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SubmitProposalCommand(Callers.Firm(firm), briefId, Proposal(alias, 1500)), Cancel))).Succeeded.ShouldBeTrue();
}

/// <summary>Decision-by dates with a fake clock: reminders two days ahead, then daily with the RPO's lead told, safe when two instances run at once.</summary>
public sealed class DecisionReminderTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_owner_is_reminded_two_days_ahead_then_daily_with_the_lead_told_and_the_firm_sees_the_delay_honestly()
    {
        var tom = await app.AccountAsync("tom.okafor@northbridge.example");
        var amelia = await app.AccountAsync("amelia.hart@northbridge.example");
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", "tom.okafor@northbridge.example", [Meridian]);
        var decision = (await app.ItemsAsync(briefId)).Single();
        decision.OwnerName.ShouldBe("Tom Okafor");
        (await FirmPageAsync(briefId)).ShouldContain($"You will hear by {decision.DecisionBy:d MMMM yyyy}");

        await RunTwiceAtOnceAsync();
        (await RemindersAsync(decision.Id)).ShouldBe(0, "nothing is due yet");

        // Two days before: the owner, not the lead, is reminded once, however many instances run.
        app.Clock.SetUtcNow(At(decision.DecisionBy.AddDays(-2)));
        await RunTwiceAtOnceAsync();
        await RunTwiceAtOnceAsync();
        (await RemindersAsync(decision.Id)).ShouldBe(1);
        (await app.NotificationAsync(tom, "Decision due")).Link.ShouldBe($"/rpo/briefs/{briefId}/outcomes");

        // Overdue: the owner every day, and the lead; the firm reads how late the decision is; the ghosting count shows it.
        app.Clock.SetUtcNow(At(decision.DecisionBy.AddDays(1)));
        await RunTwiceAtOnceAsync();
        await app.NotificationAsync(tom, "Overdue by 1 day");
        await app.NotificationAsync(amelia, "Overdue by 1 day");
        (await app.NotificationsAsync(amelia)).ShouldNotContain(n => n.Title.StartsWith("Decision due"));
        (await FirmPageAsync(briefId)).ShouldContain("is 1 day overdue");
        var board = await app.OutcomesAsync(o => o.AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel));
        board.Open.Single(i => i.Id == decision.Id).DaysOverdue.ShouldBe(1);
        board.Overdue.ShouldBe(board.Open.Count(i => i.DaysOverdue > 0) + board.Reviews.Count(r => r.DaysOverdue > 0),
            "the demo brief's items and the demo engagement's review are overdue by now too");
        var tomsHome = await (await app.SignedInAsync("tom.okafor@northbridge.example")).GetStringAsync("/rpo", Cancel);
        tomsHome.ShouldContain($">{board.Overdue}</span>");
        tomsHome.ShouldContain("past the promised date without an outcome");

        app.Clock.Advance(TimeSpan.FromDays(1));
        await RunTwiceAtOnceAsync();
        (await RemindersAsync(decision.Id)).ShouldBe(3);
        await app.NotificationAsync(tom, "Overdue by 2 days");

        // Moving the date needs a reason; the firm sees the new date and the reason, and nothing is overdue any more.
        var coordinator = Callers.Rpo(Northbridge, userId: tom, name: "Tom Okafor");
        var newDate = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(5);
        (await app.OutcomesAsync(o => o.SendAsync(new MoveDecisionDateCommand(coordinator, briefId, decision.Id, newDate, " "), Cancel))).Errors.Keys.ShouldContain("MoveReason");
        (await app.OutcomesAsync(o => o.SendAsync(new MoveDecisionDateCommand(coordinator, briefId, decision.Id, newDate, "The client's board meets on Friday"), Cancel))).Succeeded.ShouldBeTrue();
        var firmPage = await FirmPageAsync(briefId);
        firmPage.ShouldContain($"You will hear by {newDate:d MMMM yyyy}");
        firmPage.ShouldContain("The client&#x27;s board meets on Friday");
        (await app.OutcomesAsync(o => o.AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel))).Overdue.ShouldBe(board.Overdue - 1);
        await app.NotificationAsync(await app.AccountAsync("maria.santos@meridianquality.example"), "New decision date");

        // Another RPO can neither see nor move the decision.
        (await app.OutcomesAsync(o => o.SendAsync(new MoveDecisionDateCommand(Callers.Rpo(Guid.NewGuid(), userId: tom, name: "Stranger"), briefId, decision.Id, newDate.AddDays(1), "Mine now"), Cancel)))
            .IsNotFound.ShouldBeTrue();
        (await (await app.SignedInAsync("maria.santos@meridianquality.example")).GetAsync($"/rpo/briefs/{briefId}/outcomes", Cancel)).ShouldBeRefused();
    }

    /// <summary>Signed in afresh each time: the clock moves weeks ahead, past a sign-in's lifetime.</summary>
    private async Task<string> FirmPageAsync(Guid briefId) =>
        await (await app.SignedInAsync("maria.santos@meridianquality.example")).GetStringAsync($"/firm/briefs/{briefId}", Cancel);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

    /// <summary>Two app instances running the reminders at the same moment, each with its own connection to the database.</summary>
    private Task RunTwiceAtOnceAsync() =>
        Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.WithAsync(sp => sp.GetRequiredService<DecisionReminders>().RunAsync(Cancel))));

    private Task<int> RemindersAsync(Guid decisionId) =>
        app.WithAsync(sp => sp.GetRequiredService<ProposalsDbContext>().DecisionReminders.CountAsync(r => r.DecisionId == decisionId, Cancel));
}

/// <summary>
/// However a brief closes, nobody is left waiting. Each way of closing routes the brief to five firms in fixed states (declined,
/// interested only, proposed, withdrew, shortlisted; Meridian always shortlisted, so that the brief can be filled; between
/// them the three ways cover every state, two shortlisted firms included), closes it, and checks that every item has its outcome.
/// </summary>
public abstract class ClosingLeavesNobodyWaiting(PortalFactory app)
{
    protected enum FirmState
    {
        Declined,
        Interested,
        Proposed,
        Withdrew,
        Shortlisted,
    }

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected PortalFactory App => app;

    /// <summary>The outcome Meridian's shortlisted candidate gets.</summary>
    protected abstract Outcome MeridianTold { get; }

    /// <summary>The states of RegPath, Ledgerline, Chainwise and Northbridge's own sourcing team, in that order.</summary>
    protected abstract FirmState[] OthersStates { get; }

    protected abstract Task CloseAsync(Guid briefId, Caller by, Guid proposalId, Guid candidateId);

    [Fact]
    public async Task After_the_brief_closes_no_open_item_remains_without_an_outcome()
    {
        var firms = new[] { Meridian, RegPath, DemoAccounts.Firms[2].Id, DemoAccounts.Firms[3].Id, Northbridge };
        var states = firms.Zip(OthersStates.Prepend(FirmState.Shortlisted)).ToDictionary(p => p.First, p => p.Second);
        var amelia = await app.AccountAsync("amelia.hart@northbridge.example");
        var evaluator = Callers.Rpo(Northbridge, userId: amelia, name: "Amelia Hart");
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", firms,
            states.Where(s => s.Value == FirmState.Declined).Select(s => s.Key).ToHashSet());
        foreach (var firm in states.Where(s => s.Value >= FirmState.Proposed).Select(s => s.Key))
        {
            await app.SubmitAsync(firm, briefId, $"Candidate {Array.IndexOf(firms, firm)}");
        }

        foreach (var firm in states.Where(s => s.Value == FirmState.Withdrew).Select(s => s.Key))
        {
            (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new WithdrawProposalCommand(Callers.Firm(firm), briefId, "Our candidate took another role"), Cancel))).Succeeded.ShouldBeTrue();
        }

        app.CloseProposals();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new CloseScoringCommand(evaluator, briefId, "The client read them all and is ready"), Cancel))).Succeeded.ShouldBeTrue();
        var proposals = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(evaluator, briefId), Cancel)))!.Proposals;
        foreach (var firm in states.Where(s => s.Value == FirmState.Shortlisted).Select(s => s.Key))
        {
            var proposal = proposals.Single(p => p.Candidates[0].Alias == $"Candidate {Array.IndexOf(firms, firm)}");
            (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ShortlistCandidateCommand(evaluator, briefId, proposal.ProposalId, proposal.Candidates[0].Id), Cancel)))
                .Succeeded.ShouldBeTrue();
        }

        var shortlisted = states.Count(s => s.Value == FirmState.Shortlisted);
        var why = string.Join(", ", states.Values);
        (await app.ItemsAsync(briefId)).Count(i => i.IsOpen).ShouldBe(states.Count(s => s.Value is FirmState.Interested or FirmState.Proposed) + shortlisted, why);
        var meridian = proposals.Single(p => p.Candidates[0].Alias == "Candidate 0");

        await CloseAsync(briefId, Callers.Rpo(Northbridge, userId: amelia, name: "Amelia Hart"), meridian.ProposalId, meridian.Candidates[0].Id);

        await TestServices.Eventually(async () => (await app.ItemsAsync(briefId)).All(i => !i.IsOpen), TimeSpan.FromSeconds(20), $"every item with its outcome ({why})");
        var items = await app.ItemsAsync(briefId);
        items.Count.ShouldBe(firms.Length + shortlisted, why);
        items.Single(i => i.What == "candidate Candidate 0").Outcome.ShouldBe(MeridianTold, why);
        (await app.OutcomesAsync(o => o.AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel))).Open.ShouldNotContain(i => i.BriefId == briefId, why);
        await app.NotificationAsync(await app.AccountAsync("maria.santos@meridianquality.example"), MeridianTold == Outcome.Selected
            ? "Selected for Interim Head of Quality: please give the interim's name"
            : $"{OutcomeWords.Of(MeridianTold)}: your candidate Candidate 0 for Interim Head of Quality");
    }
}

public sealed class FillingLeavesNobodyWaiting(PortalFactory app) : ClosingLeavesNobodyWaiting(app), IClassFixture<PortalFactory>
{
    private const string Personal = "Yours was a close second: the client wanted inspection experience.";

    protected override Outcome MeridianTold => Outcome.Selected;

    protected override FirmState[] OthersStates => [FirmState.Shortlisted, FirmState.Interested, FirmState.Proposed, FirmState.Withdrew];

    protected override async Task CloseAsync(Guid briefId, Caller by, Guid proposalId, Guid candidateId)
    {
        var other = (await App.ItemsAsync(briefId)).FirstOrDefault(i => i.IsOpen && i.FirmId != Meridian);
        var anyOpen = (await App.ItemsAsync(briefId)).First(i => i.IsOpen).Id;
        (await App.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(by, briefId, new BriefClosing(ClosingKind.Filled, ProposalId: proposalId, CandidateId: candidateId), new Dictionary<Guid, string> { [anyOpen] = new('x', 2001) }), Cancel))).Errors[""].ShouldBe(["Keep each personal message to 2,000 characters."]);
        var personal = other is null ? new Dictionary<Guid, string>() : new Dictionary<Guid, string> { [other.Id] = Personal };
        (await App.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(by, briefId, new BriefClosing(ClosingKind.Filled, ProposalId: proposalId, CandidateId: candidateId), personal), Cancel)))
            .Succeeded.ShouldBeTrue();
        var items = await App.ItemsAsync(briefId);
        if (other is not null)
        {
            var told = items.Single(i => i.Id == other.Id);
            (told.Outcome, told.Automated, told.Message).ShouldBe((Outcome.NotProgressed, false, Personal));
        }

        items.Where(i => i.Outcome == Outcome.NotProgressed && i.Id != other?.Id).ShouldAllBe(i => i.Automated && i.Message!.StartsWith("This is an automated message"));
        await TestServices.Eventually(async () => (await App.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!.Status == BriefStatus.Filled,
            TimeSpan.FromSeconds(20), "the brief filled");
        (await App.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new WithdrawProposalCommand(Callers.Firm(Meridian), briefId, "Changed our mind"), Cancel))).Errors[""].Single()
            .ShouldStartWith("The brief is filled");
        await TheEngagementIsLinkedForEachPartyAsync(briefId);
    }

    /// <summary>The engagement is linked from the brief, the selected firm's routed brief and the client's list; nobody else reaches it.</summary>
    private async Task TheEngagementIsLinkedForEachPartyAsync(Guid briefId)
    {
        var engagement = $"/engagement";
        var amelia = await App.SignedInAsync("amelia.hart@northbridge.example");
        (await amelia.GetStringAsync($"/rpo/briefs/{briefId}", Cancel)).ShouldContain($"/rpo/briefs/{briefId}{engagement}");
        var page = System.Net.WebUtility.HtmlDecode(await amelia.GetStringAsync($"/rpo/briefs/{briefId}{engagement}", Cancel));
        page.ShouldContain("Candidate 0 — the firm has not given the name yet");
        page.ShouldContain("proposed by Meridian Quality Interim");
        page.ShouldContain("The success criteria, carried forward");

        var maria = await App.SignedInAsync("maria.santos@meridianquality.example");
        (await maria.GetStringAsync($"/firm/briefs/{briefId}", Cancel)).ShouldContain($"/firm/briefs/{briefId}{engagement}");
        (await maria.GetAsync($"/firm/briefs/{briefId}{engagement}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var sofia = await App.SignedInAsync("sofia.lindqvist@valdora.example");
        (await sofia.GetStringAsync("/client", Cancel)).ShouldContain($"/client/briefs/{briefId}{engagement}");
        (await sofia.GetAsync($"/client/briefs/{briefId}{engagement}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var daniel = await App.SignedInAsync("daniel.weber@regpath.example");
        (await daniel.GetAsync($"/firm/briefs/{briefId}{engagement}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class HoldingLeavesNobodyWaiting(PortalFactory app) : ClosingLeavesNobodyWaiting(app), IClassFixture<PortalFactory>
{
    protected override Outcome MeridianTold => Outcome.BriefOnHold;

    protected override FirmState[] OthersStates => [FirmState.Declined, FirmState.Interested, FirmState.Proposed, FirmState.Shortlisted];

    protected override async Task CloseAsync(Guid briefId, Caller by, Guid proposalId, Guid candidateId)
    {
        var review = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(30);
        (await App.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(by, briefId, new BriefClosing(ClosingKind.OnHold, "", review), new Dictionary<Guid, string>()), Cancel)))
            .Errors.Keys.ShouldContain("Reason");
        (await App.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(by, briefId, new BriefClosing(ClosingKind.OnHold, "Budget", review.AddDays(-60)), new Dictionary<Guid, string>()), Cancel)))
            .Errors.Keys.ShouldContain("ReviewDate");
        (await App.ItemsAsync(briefId)).ShouldContain(i => i.IsOpen, "a refused closing tells nobody anything");
        (await App.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(by, briefId, new BriefClosing(ClosingKind.OnHold, "Budget frozen until the new year", review), new Dictionary<Guid, string>()), Cancel)))
            .Succeeded.ShouldBeTrue();
        (await App.ItemsAsync(briefId)).Where(i => i.Outcome == Outcome.BriefOnHold).ShouldAllBe(i => i.Message!.Contains("Budget frozen until the new year"));
        await TestServices.Eventually(async () => (await App.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!.Status == BriefStatus.OnHold,
            TimeSpan.FromSeconds(20), "the brief on hold, from the closing decided");
    }
}

/// <summary>Withdrawn from the brief's own page, without the preview: whatever is open still gets the automated outcome.</summary>
public sealed class WithdrawingLeavesNobodyWaiting(PortalFactory app) : ClosingLeavesNobodyWaiting(app), IClassFixture<PortalFactory>
{
    protected override Outcome MeridianTold => Outcome.BriefWithdrawn;

    protected override FirmState[] OthersStates => [FirmState.Withdrew, FirmState.Declined, FirmState.Shortlisted, FirmState.Interested];

    protected override async Task CloseAsync(Guid briefId, Caller by, Guid proposalId, Guid candidateId) =>
        (await App.WithAsync(sp => sp.GetRequiredService<IBriefs>().SendAsync(new WithdrawBriefCommand(Callers.Rpo(Northbridge, userId: by.UserId, name: by.Name), briefId, "The client merged the role"), Cancel)))
            .Succeeded.ShouldBeTrue();
}

public sealed class OutcomeEmailTests(SmtpPortalFactory app) : IClassFixture<SmtpPortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_not_progressed_receives_the_outcome_and_the_personal_feedback_by_email_with_a_link_to_its_timeline()
    {
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", RegPath);
        await app.SubmitAsync(RegPath, briefId, "Candidate R");
        var proposal = (await app.ItemsAsync(briefId)).Single();
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var path = $"/rpo/briefs/{briefId}/outcomes";

        var refused = await amelia.PostFormAsync(path, new() { ["DecisionId"] = proposal.Id.ToString(), ["Reason"] = "CriteriaNotMet", ["Feedback"] = "" }, $"{path}?handler=NotProgress");
        (await refused.Content.ReadAsStringAsync(Cancel)).ShouldContain("Write a line of personal feedback");
        (await amelia.PostFormAsync(path, new()
            {
                ["DecisionId"] = proposal.Id.ToString(), ["Reason"] = "CriteriaNotMet",
                ["Feedback"] = "Strong on filings, but the client needs someone who has led a pre-approval inspection.",
            }, $"{path}?handler=NotProgress"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var email = await app.Sink.EmailContainingAsync("daniel.weber@regpath.example", "Not progressed");
        email.ShouldContain("Strong on filings, but the client needs someone who has led a pre-approval inspection.");
        email.ShouldContain($"http://localhost/firm/briefs/{briefId}");
        (await (await app.SignedInAsync("daniel.weber@regpath.example")).GetStringAsync($"/firm/briefs/{briefId}", Cancel))
            .ShouldContain("Not progressed: your proposal. Strong on filings");
    }
}

/// <summary>The first contact says why: a firm's "new brief" email leads with the coordinator's note to it.</summary>
public sealed class FirstContactEmailTests(SmtpPortalFactory app) : IClassFixture<SmtpPortalFactory>
{
    private const string Note = "Maria, your team closed two sterile-site inspections without a major finding last year: that is this brief.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_new_brief_email_leads_with_the_personal_note_then_every_criterion_and_never_the_price_or_a_confidential_client()
    {
        // The Head of Quality brief is confidential, with the client's day rates in its commercial section.
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", [Meridian], note: Note);
        var criteria = (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new FirmBriefQuery(briefId), Cancel)))!.SuccessCriteria;

        var email = await app.Sink.EmailContainingAsync("maria.santos@meridianquality.example", "New brief: Interim Head of Quality");

        email.ShouldContain(Note);
        criteria.ShouldNotBeEmpty();
        foreach (var criterion in criteria)
        {
            email.IndexOf(criterion.Outcome!, StringComparison.Ordinal).ShouldBeGreaterThan(email.IndexOf(Note, StringComparison.Ordinal), criterion.Outcome);
        }

        email.ShouldContain($"http://localhost/firm/briefs/{briefId}");
        email.ShouldNotContain("Valdora");
        foreach (var price in new[] { "1400", "1,400", "1700", "1,700", "EUR" })
        {
            email.ShouldNotContain(price);
        }
    }
}

/// <summary>Codes never reach a person: a firm that declines reads its reason in words.</summary>
public sealed class DeclineWordsTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_firm_that_declines_reads_its_reason_in_words_in_its_timeline()
    {
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", [RegPath], new HashSet<Guid> { RegPath });

        var timeline = (await app.OutcomesAsync(o => o.AskAsync(new ViewFirmTimelineQuery(Callers.Firm(RegPath), briefId), TestContext.Current.CancellationToken)))!;

        timeline.Entries.Select(e => e.Text).ShouldContain("You declined: No capacity.");
        timeline.Entries.ShouldNotContain(e => e.Text.Contains("NoCapacity", StringComparison.Ordinal));
    }
}

public sealed class ClosePageAndWithdrawalTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_withdrawing_a_shortlisted_proposal_settles_its_candidates_too_and_leaves_nothing_owed()
    {
        var amelia = Callers.Rpo(Northbridge, userId: await app.AccountAsync("amelia.hart@northbridge.example"), name: "Amelia Hart");
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Meridian);
        await app.SubmitAsync(Meridian, briefId, "Candidate M");
        app.CloseProposals();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new CloseScoringCommand(amelia, briefId, "One proposal only"), Cancel))).Succeeded.ShouldBeTrue();
        var proposal = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(amelia, briefId), Cancel)))!.Proposals.Single();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ShortlistCandidateCommand(amelia, briefId, proposal.ProposalId, proposal.Candidates[0].Id), Cancel))).Succeeded.ShouldBeTrue();

        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new WithdrawProposalCommand(Callers.Firm(Meridian), briefId, "Our candidate accepted another role"), Cancel))).Succeeded.ShouldBeTrue();

        var items = await app.ItemsAsync(briefId);
        items.Select(i => i.Outcome).ShouldBe([Outcome.Shortlisted, Outcome.WithdrawnByFirm], ignoreOrder: true);
        (await app.OutcomesAsync(o => o.AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel))).Open.ShouldNotContain(i => i.BriefId == briefId);
    }

    [Fact]
    public async Task A_decided_proposal_says_what_happened_and_offers_neither_a_new_version_nor_a_withdrawal()
    {
        var briefId = await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", RegPath);
        await app.SubmitAsync(RegPath, briefId, "Candidate R");
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");
        var open = await daniel.GetStringAsync($"/firm/briefs/{briefId}/proposal", Cancel);
        open.ShouldContain("You may submit a new version until");
        open.ShouldContain("Withdraw the proposal");
        var brief = await daniel.GetStringAsync($"/firm/briefs/{briefId}", Cancel);
        brief.ShouldContain("You have answered");
        brief.ShouldNotContain("Respond by <strong>", Case.Sensitive, "an answered brief no longer presses for an answer");
        brief.ShouldNotContain("<dd></dd>", Case.Sensitive, "what the client left out reads \"Not given\"");

        app.CloseProposals();
        daniel = await app.SignedInAsync("daniel.weber@regpath.example");
        var owed = await daniel.GetStringAsync($"/firm/briefs/{briefId}/proposal", Cancel);
        owed.ShouldNotContain("You may submit a new version until", Case.Sensitive, "the window has closed");
        owed.ShouldContain("Withdraw the proposal", Case.Sensitive, "the RPO still owes an answer on it");

        // The coordinator's "Decide" leads to where the proposal can be decided either way, and says what stands in the way.
        var coordinator = await app.SignedInAsync("amelia.hart@northbridge.example");
        var home = await coordinator.GetStringAsync("/rpo", Cancel);
        home.ShouldContain("<h3>Firms waiting on your decision</h3>");
        home.ShouldContain($"/rpo/briefs/{briefId}/outcomes#item-");
        var outcomes = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/rpo/briefs/{briefId}/outcomes", Cancel));
        outcomes.ShouldContain("Not progressed, with feedback");
        outcomes.ShouldMatch($@"Shortlist a candidate in the\s+<a href=""/rpo/briefs/{briefId}/evaluation"">evaluation</a>: \d+ of \d+ scores are still missing");

        var amelia = Callers.Rpo(Northbridge, userId: await app.AccountAsync("amelia.hart@northbridge.example"), name: "Amelia Hart");
        var decision = (await app.ItemsAsync(briefId)).Single(i => i.IsOpen);
        (await app.OutcomesAsync(o => o.SendAsync(new NotProgressCommand(amelia, briefId, decision.Id, NotProgressedReason.CriteriaNotMet, "Closer to the criteria next time."), Cancel)))
            .Succeeded.ShouldBeTrue();

        var decided = await daniel.GetStringAsync($"/firm/briefs/{briefId}/proposal", Cancel);
        decided.ShouldContain("What the coordinator decided");
        decided.ShouldContain("Not progressed: your proposal, on");
        decided.ShouldNotContain("You may submit a new version until");
        decided.ShouldNotContain("Withdraw the proposal");
    }

    [Fact]
    public async Task The_close_page_asks_for_the_reason_first_then_shows_who_will_be_told_what_and_only_to_the_brief_s_rpo()
    {
        var path = $"/rpo/briefs/{DemoBriefs.QualityDirector}/close?kind=OnHold&preview=true";
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");

        var missing = await amelia.GetStringAsync($"{path}&reason=&reviewDate=", Cancel);
        missing.ShouldContain("Give the reason: every firm waiting on this brief will read it.");
        missing.ShouldNotContain("id=\"plan\"");

        var review = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(20).ToString("yyyy-MM-dd");
        var plan = await amelia.GetStringAsync($"{path}&reason=Budget%20frozen&reviewDate={review}", Cancel);
        plan.ShouldContain("id=\"plan\"");
        plan.ShouldContain("Meridian Quality Interim: proposal");
        plan.ShouldContain("Budget frozen");

        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        (await maria.GetAsync($"{path}&reason=Mine&reviewDate={review}", Cancel)).ShouldBeRefused();
        (await amelia.GetAsync($"/rpo/briefs/{Guid.NewGuid()}/close?kind=Withdrawn", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ResumeTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_brief_resumed_from_hold_is_awaited_again_by_a_new_date_the_firm_is_told()
    {
        var amelia = await app.AccountAsync("amelia.hart@northbridge.example");
        var coordinator = Callers.Rpo(Northbridge, userId: amelia, name: "Amelia Hart");
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Meridian);
        await app.SubmitAsync(Meridian, briefId, "Candidate M");
        var review = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(14);
        (await app.OutcomesAsync(o => o.SendAsync(new CloseBriefCommand(coordinator, briefId, new BriefClosing(ClosingKind.OnHold, "Budget frozen", review), new Dictionary<Guid, string>()), Cancel)))
            .Succeeded.ShouldBeTrue();
        await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!.Status == BriefStatus.OnHold,
            TimeSpan.FromSeconds(20), "the brief on hold");

        (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().SendAsync(new ResumeBriefCommand(Callers.Rpo(Northbridge, userId: amelia, name: "Amelia Hart"), briefId), Cancel))).Succeeded.ShouldBeTrue();

        await TestServices.Eventually(async () => (await app.ItemsAsync(briefId)).Any(i => i.IsOpen), TimeSpan.FromSeconds(20), "the proposal awaited again");
        var items = await app.ItemsAsync(briefId);
        items.Select(i => (i.What, i.Outcome)).ShouldBe([("proposal", (Outcome?)null), ("proposal", Outcome.BriefOnHold)]);
        var reopened = items.Single(i => i.IsOpen);
        reopened.OwnerName.ShouldBe("Amelia Hart");
        (await (await app.SignedInAsync("maria.santos@meridianquality.example")).GetStringAsync($"/firm/briefs/{briefId}", Cancel))
            .ShouldContain($"The brief resumed: you will hear about your proposal by {reopened.DecisionBy:d MMMM yyyy}.");
        await app.NotificationAsync(await app.AccountAsync("maria.santos@meridianquality.example"), "New decision date for Interim Head of Quality");
    }
}
