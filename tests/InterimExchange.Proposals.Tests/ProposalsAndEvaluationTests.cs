using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Proposals.Tests;

/// <summary>
/// Proposals and their value-first evaluation on real SQLite, through the facades and the portal pages: the sealed rate
/// reaches no evaluator before value scoring is complete, and a firm sees only its own proposal and no score.
/// </summary>
public sealed class ProposalsAndEvaluationTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string SealedTerms = "Invoiced monthly in arrears, rate 1873 a day";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Caller Amelia = Callers.Rpo(Northbridge, userId: Guid.NewGuid(), name: "Amelia Hart");

    private async Task<Caller> SofiaAsync() => Callers.Client(DemoAccounts.Valdora.Id,
        userId: (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new FindAccountQuery("sofia.lindqvist@valdora.example"), Cancel)))!.Value, name: "Dr Sofia Lindqvist");

    private Task<Result> SubmitAsync(Guid firm, Guid briefId, ProposalInput input) =>
        app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SubmitProposalCommand(Callers.Firm(firm), briefId, input), Cancel));

    [Fact]
    public async Task Sealed_terms_reach_no_evaluator_before_value_scoring_is_complete_then_the_coordinator_shortlists_and_selects()
    {
        var briefId = await app.RoutedBriefAsync("Regulatory Affairs", RegPath, Meridian);

        // Submitting needs every part; a draft keeps what there is.
        var incomplete = await SubmitAsync(RegPath, briefId, new ProposalInput());
        incomplete.Errors.Keys.ShouldContain("Candidates");
        incomplete.Errors.Keys.ShouldContain("Commercial.Amount");
        var draft = Proposal("Candidate R", 1873, SealedTerms);
        draft.Approaches[1].Text = "";
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SaveProposalDraftCommand(Callers.Firm(RegPath), briefId, draft), Cancel))).Succeeded.ShouldBeTrue();
        (await SubmitAsync(RegPath, briefId, draft)).Errors.Keys.ShouldBe(["Approaches[1].Text"]);
        (await SubmitAsync(RegPath, briefId, Proposal("Candidate R", 1873, SealedTerms))).Succeeded.ShouldBeTrue();
        (await SubmitAsync(Meridian, briefId, Proposal("Candidate M", 1650))).Succeeded.ShouldBeTrue();
        (await SubmitAsync(Meridian, briefId, Proposal("Candidate M2", 1600))).Succeeded.ShouldBeTrue();
        var meridianForm = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewProposalQuery(Callers.Firm(Meridian), briefId), Cancel)))!;
        meridianForm.Version.ShouldBe(2);
        meridianForm.Versions.Count.ShouldBe(2);
        meridianForm.Input.Commercial.Currency.ShouldBe("EUR");

        // A firm sees its own proposal only, and nothing of the evaluation.
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        var mariaPage = await maria.GetStringAsync($"/firm/briefs/{briefId}/proposal", Cancel);
        mariaPage.ShouldContain("Candidate M2");
        mariaPage.ShouldNotContain("Candidate R");
        ShouldNotShowTheRate(mariaPage, "the firm's own proposal page of another firm's brief");
        (await maria.GetStringAsync("/firm", Cancel)).ShouldContain("Proposal submitted");
        (await maria.GetAsync($"/rpo/briefs/{briefId}/evaluation", Cancel)).ShouldBeRefused();
        (await maria.GetAsync($"/client/briefs/{briefId}/evaluation", Cancel)).ShouldBeRefused();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(Callers.Rpo(Meridian, userId: Guid.NewGuid(), name: "Maria"), briefId), Cancel)))
            .ShouldBeNull();

        // An incomplete version posted through the page is refused field by field, keeping what was typed.
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");
        var incompletePage = await daniel.PostFormAsync($"/firm/briefs/{briefId}/proposal", new()
        {
            ["Input.Candidates[0].Alias"] = "Candidate R-typed",
            ["Input.Commercial.Amount"] = "-5",
        }, $"/firm/briefs/{briefId}/proposal?handler=Submit");
        incompletePage.StatusCode.ShouldBe(HttpStatusCode.OK);
        var incompleteHtml = await incompletePage.Content.ReadAsStringAsync(Cancel);
        incompleteHtml.ShouldContain("Say how your interim would achieve this success criterion.");
        incompleteHtml.ShouldContain("The amount must be more than zero.");
        incompleteHtml.ShouldContain("Candidate R-typed");

        // Before unsealing, nothing an evaluator can fetch carries the rate or the terms.
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var sofia = await app.SignedInAsync("sofia.lindqvist@valdora.example");
        var pages = new (HttpClient Client, string Path)[]
        {
            (amelia, $"/rpo/briefs/{briefId}/evaluation"), (amelia, $"/rpo/briefs/{briefId}"), (amelia, $"/rpo/briefs/{briefId}/routing"), (amelia, "/rpo"),
            (sofia, $"/client/briefs/{briefId}/evaluation"), (sofia, "/client"), (sofia, $"/client/briefings/{briefId}"),
        };
        await ShouldNotRevealTermsAsync(pages);
        var evaluationPage = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/evaluation", Cancel);
        evaluationPage.ShouldContain("Commercial terms are sealed");
        evaluationPage.ShouldContain("Candidate R");
        var proposalIds = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(Amelia, briefId), Cancel)))!.Proposals.Select(p => p.ProposalId).ToList();
        var refused = await amelia.PostFormAsync($"/rpo/briefs/{briefId}/evaluation", new()
        {
            ["Scores[0].CandidateId"] = Guid.Empty.ToString(),
            ["Scores[0].Criterion"] = "1",
            ["Scores[0].Value"] = "4",
        }, $"/rpo/briefs/{briefId}/evaluation?handler=Score&proposalId={proposalIds[0]}");
        var refusedHtml = await refused.Content.ReadAsStringAsync(Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedHtml.ShouldContain("Add a line of evidence for the score.");
        ShouldNotShowTheRate(refusedHtml, "the refused score");
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ShortlistCandidateCommand(Amelia, briefId, proposalIds[0], Guid.NewGuid()), Cancel))).Succeeded.ShouldBeFalse();

        // Scoring: the coordinator, then the client, whose last score completes it.
        await app.ScoreEverythingAsync(Amelia, briefId, 4);
        var client = await SofiaAsync();
        var view = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(client, briefId), Cancel)))!;
        view.ScoresGiven.ShouldBe(view.ScoresRequired / 2);
        await ShouldNotRevealTermsAsync(pages);
        var last = view.Proposals[^1];
        foreach (var proposal in view.Proposals)
        {
            var scores = new[] { Guid.Empty }.Concat(proposal.Candidates.Select(c => c.Id))
                .SelectMany(item => view.Criteria.Select(c => (item, c.Number))).ToList();
            var form = new Dictionary<string, string>();
            for (var i = 0; i < scores.Count; i++)
            {
                form[$"Scores[{i}].CandidateId"] = scores[i].item.ToString();
                form[$"Scores[{i}].Criterion"] = scores[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                form[$"Scores[{i}].Value"] = proposal == last ? "5" : "3";
                form[$"Scores[{i}].Evidence"] = "Seen in the candidate's record";
            }

            (await sofia.PostFormAsync($"/client/briefs/{briefId}/evaluation", form, $"/client/briefs/{briefId}/evaluation?handler=Score&proposalId={proposal.ProposalId}"))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // Scoring is complete while proposals are still open: the terms wait for them to close, then unseal by themselves.
        var waiting = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/evaluation", Cancel);
        waiting.ShouldContain("Value scoring is complete.");
        await ShouldNotRevealTermsAsync(pages);
        app.CloseProposals();
        await app.WithAsync(sp => sp.GetRequiredService<InterimExchange.Proposals.Features.UnsealAfterProposalsClose.UnsealAfterProposalsClose>().RunAsync(Cancel));
        // Two weeks on, yesterday's sessions have ended: everyone signs in again.
        amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        maria = await app.SignedInAsync("maria.santos@meridianquality.example");

        // Unsealed: the terms show, the history says why, scores and proposals are closed.
        var unsealedPage = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/evaluation", Cancel);
        unsealedPage.ShouldContain("Commercial terms unsealed");
        unsealedPage.ShouldShowNumber("1,873");
        unsealedPage.ShouldContain(SealedTerms);
        unsealedPage.ShouldContain("Value for money");
        await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!
            .History.Any(h => h.What == "Commercial terms unsealed" && h.Reason == "Value scoring complete"), TimeSpan.FromSeconds(20), "the unsealing in the brief's history");
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ScoreProposalCommand(Amelia, briefId, proposalIds[0], [new ScoreInput { CandidateId = Guid.Empty, Criterion = 1, Value = 1, Evidence = "Changed my mind" }]), Cancel))).Succeeded.ShouldBeFalse();
        (await SubmitAsync(RegPath, briefId, Proposal("Candidate R", 1500))).Errors[""].ShouldBe(["Evaluation has moved on to commercial terms: proposals for this brief are closed."]);

        // Shortlist, then select: an engagement starts and the brief is filled.
        var regPath = view.Proposals.Single(p => p.FirmName == "RegPath Interim");
        var candidate = regPath.Candidates.Single();
        var evaluationPath = $"/rpo/briefs/{briefId}/evaluation";
        (await amelia.PostFormAsync(evaluationPath, new(), $"{evaluationPath}?handler=Shortlist&proposalId={regPath.ProposalId}&candidateId={candidate.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Selecting shows first who will be told what, then fills the brief and gives every open item its outcome.
        var closePath = $"/rpo/briefs/{briefId}/close?kind=Filled&proposalId={regPath.ProposalId}&candidateId={candidate.Id}&startDate=2026-12-14";
        var preview = await amelia.GetStringAsync(closePath, Cancel);
        preview.ShouldContain("Who will be told what");
        preview.ShouldContain("Meridian Quality Interim: proposal");
        preview.ShouldContain("This is an automated message");
        (await amelia.PostFormAsync(closePath, new()
            {
                ["Kind"] = "Filled", ["ProposalId"] = regPath.ProposalId.ToString(), ["CandidateId"] = candidate.Id.ToString(), ["StartDate"] = "2026-12-14",
            }, closePath))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await maria.GetStringAsync($"/firm/briefs/{briefId}", Cancel)).ShouldContain("Not progressed: your proposal.");
        (await amelia.GetStringAsync(evaluationPath, Cancel)).ShouldContain("Candidate R of RegPath Interim, starting 14 December 2026");
        await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!
            .Status == BriefStatus.Filled, TimeSpan.FromSeconds(20), "the brief filled");

        // The engagement carries each criterion with its review date; nobody reviews before it, and the firm never reviews.
        var engagement = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEngagementQuery(Callers.Rpo(Northbridge), briefId), Cancel)))!;
        engagement.Criteria.ShouldNotBeEmpty();
        var first = engagement.Criteria.MinBy(c => c.ReviewOn)!;
        var enginePath = $"/rpo/briefs/{briefId}/engagement";
        (await amelia.GetStringAsync(enginePath, Cancel)).ShouldContain($"Review date: {first.ReviewOn:d MMMM yyyy}");
        var early = await amelia.PostFormAsync(enginePath, new() { ["Reviews[0].Number"] = $"{first.Number}", ["Reviews[0].Rating"] = "Met", ["Reviews[0].Evidence"] = "Done early" }, $"{enginePath}?handler=Review");
        (await early.Content.ReadAsStringAsync(Cancel)).ShouldContain($"Criterion {first.Number} is reviewed from {first.ReviewOn:d MMMM yyyy}, at its horizon.");

        // On its date the coordinator is asked; the executive reviews; the firm reads the review.
        app.Clock.SetUtcNow(new DateTimeOffset(first.ReviewOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await app.WithAsync(sp => sp.GetRequiredService<InterimExchange.Proposals.Features.SendReviewReminders.ReviewReminders>().RunAsync(Cancel));
        await app.NotificationAsync(await app.AccountAsync("amelia.hart@northbridge.example"), "Review due: Candidate R");
        await app.NotificationAsync(await app.AccountAsync("sofia.lindqvist@valdora.example"), "Review due: Candidate R");
        sofia = await app.SignedInAsync("sofia.lindqvist@valdora.example");
        var clientPath = $"/client/briefs/{briefId}/engagement";
        var noEvidence = await sofia.PostFormAsync(clientPath, new() { ["Reviews[0].Number"] = $"{first.Number}", ["Reviews[0].Rating"] = "PartlyMet", ["Reviews[0].Evidence"] = "" },
            $"{clientPath}?handler=Review");
        var refusedSheet = await noEvidence.Content.ReadAsStringAsync(Cancel);
        refusedSheet.ShouldShowErrorNextTo("Reviews[0].Evidence", "Give a line of evidence: what shows it.");
        refusedSheet.ShouldContain("value=\"PartlyMet\" checked=\"checked\"");
        (await (await sofia.PostFormAsync(clientPath, new() { ["Reviews[0].Number"] = $"{first.Number}" }, $"{clientPath}?handler=Review")).Content.ReadAsStringAsync(Cancel))
            .ShouldContain("Rate a criterion and give its evidence, then save.");
        (await sofia.PostFormAsync(clientPath, new() { ["Reviews[0].Number"] = $"{first.Number}", ["Reviews[0].Rating"] = "PartlyMet", ["Reviews[0].Evidence"] = "Most of it, by the deadline" },
            $"{clientPath}?handler=Review")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        var regPathMember = await app.SignedInAsync("daniel.weber@regpath.example");
        (await regPathMember.GetStringAsync($"/firm/briefs/{briefId}/engagement", Cancel)).ShouldContain("Most of it, by the deadline");
        (await regPathMember.PostFormAsync($"/firm/briefs/{briefId}/engagement", new() { ["Reviews[0].Number"] = $"{first.Number}", ["Reviews[0].Rating"] = "Met", ["Reviews[0].Evidence"] = "We say so" },
            $"/firm/briefs/{briefId}/engagement?handler=Review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await maria.GetAsync($"/firm/briefs/{briefId}/engagement", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.NotificationAsync(await app.AccountAsync("daniel.weber@regpath.example"), "Candidate R reviewed on");

        // The next review left unreviewed two days past its date: reminded again, escalated, and counted as ghosting.
        var next = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEngagementQuery(Callers.Rpo(Northbridge), briefId), Cancel)))!
            .Criteria.Where(c => c.Rating is null).MinBy(c => c.ReviewOn)!;
        app.Clock.SetUtcNow(new DateTimeOffset(next.ReviewOn.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await app.WithAsync(sp => sp.GetRequiredService<InterimExchange.Proposals.Features.SendReviewReminders.ReviewReminders>().RunAsync(Cancel));
        await app.NotificationAsync(await app.AccountAsync("amelia.hart@northbridge.example"), "Review overdue by 2 days: Candidate R");
        var board = await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel));
        board.Reviews.ShouldContain(r => r.BriefId == briefId && r.DaysOverdue == 2);
        board.Overdue.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_coordinator_closes_scoring_early_only_with_a_reason_which_the_brief_s_history_keeps()
    {
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Meridian);
        (await SubmitAsync(Meridian, briefId, Proposal("Candidate Q", 1400))).Succeeded.ShouldBeTrue();
        await app.ScoreEverythingAsync(Amelia, briefId, 3);
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var path = $"/rpo/briefs/{briefId}/evaluation";

        var withoutReason = await amelia.PostFormAsync(path, new() { ["CloseReason"] = "" }, $"{path}?handler=Close");
        (await withoutReason.Content.ReadAsStringAsync(Cancel)).ShouldContain("Say why scoring closes before it is complete");
        (await amelia.GetStringAsync(path, Cancel)).ShouldNotShowNumber("1,400");

        // While proposals are open, nobody unseals: a firm could still change its proposal.
        var tooEarly = await amelia.PostFormAsync(path, new() { ["CloseReason"] = "The client is in a hurry" }, $"{path}?handler=Close");
        (await tooEarly.Content.ReadAsStringAsync(Cancel)).ShouldContain("the terms unseal only after that");
        (await amelia.GetStringAsync(path, Cancel)).ShouldNotShowNumber("1,400");
        app.CloseProposals();
        amelia = await app.SignedInAsync("amelia.hart@northbridge.example");

        (await amelia.PostFormAsync(path, new() { ["CloseReason"] = "The client's VP is on leave for a month" }, $"{path}?handler=Close"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await amelia.GetStringAsync(path, Cancel)).ShouldShowNumber("1,400");
        await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Northbridge, briefId), Cancel)))!
            .History.Any(h => h.What == "Commercial terms unsealed" && h.Reason!.EndsWith("The client's VP is on leave for a month", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), "the early close in the brief's history");
    }

    [Fact]
    public async Task Another_RPO_and_an_executive_not_invited_cannot_evaluate_the_brief()
    {
        var briefId = await app.WithAsync(async sp => (await sp.GetRequiredService<IBriefs>()
            .AskAsync(new ListBriefsQuery(Northbridge, null, "Supply Chain Director", 1), Cancel)).Items.Single().Id);
        var evaluation = (IServiceProvider sp) => sp.GetRequiredService<IProposals>();

        (await app.WithAsync(sp => evaluation(sp).AskAsync(new ViewEvaluationQuery(Callers.Rpo(Guid.NewGuid(), userId: Guid.NewGuid(), name: "Stranger"), briefId), Cancel))).ShouldBeNull();
        (await app.WithAsync(sp => evaluation(sp).AskAsync(new ViewEvaluationQuery(Callers.Client(DemoAccounts.Valdora.Id, userId: Guid.NewGuid(), name: "Someone"), briefId), Cancel)))
            .ShouldBeNull();
        (await app.WithAsync(sp => evaluation(sp).SendAsync(new CloseScoringCommand(Callers.Client(DemoAccounts.Valdora.Id, userId: Guid.NewGuid(), name: "Someone"), briefId, "Reason"), Cancel))).IsNotFound.ShouldBeTrue();
        var empty = (await app.WithAsync(sp => evaluation(sp).AskAsync(new ViewEvaluationQuery(Amelia, briefId), Cancel)))!;
        empty.Proposals.ShouldBeEmpty();
        (await (await app.SignedInAsync("amelia.hart@northbridge.example")).GetStringAsync($"/rpo/briefs/{briefId}/evaluation", Cancel))
            .ShouldContain("No proposal has been submitted yet");
    }

    [Fact]
    public async Task The_demo_brief_opens_with_two_proposals_one_scored_and_the_terms_sealed()
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var sofia = await app.SignedInAsync("sofia.lindqvist@valdora.example");

        var coordinatorPage = await amelia.GetStringAsync($"/rpo/briefs/{DemoBriefs.QualityDirector}/evaluation", Cancel);
        var clientPage = await sofia.GetStringAsync($"/client/briefs/{DemoBriefs.QualityDirector}/evaluation", Cancel);

        foreach (var page in new[] { coordinatorPage, clientPage })
        {
            page.ShouldContain("Meridian Quality Interim");
            page.ShouldContain("Northbridge Talent Partners sourcing team");
            page.ShouldContain("Commercial terms are sealed");
            page.ShouldContain("6 of 24 scores given");
            page.ShouldContain("Three pre-approval inspections passed.");
            page.ShouldNotShowNumber("1,750");
        }

        (await sofia.GetStringAsync("/client", Cancel)).ShouldContain($"/client/briefs/{DemoBriefs.QualityDirector}/evaluation");
        await TestServices.Eventually(async () => (await amelia.GetStringAsync($"/rpo/briefs/{DemoBriefs.QualityDirector}/routing", Cancel))
            .Contains("Northbridge Talent Partners sourcing team", StringComparison.Ordinal), TimeSpan.FromSeconds(20), "both channels on the routing page");
    }

    /// <summary>The sealed rate is not on the page, written 1873 or 1,873.</summary>
    private static void ShouldNotShowTheRate(string html, string where) => html.ShouldNotShowNumber("1,873", where);

    private static async Task ShouldNotRevealTermsAsync(IEnumerable<(HttpClient Client, string Path)> pages)
    {
        foreach (var (client, path) in pages)
        {
            var response = await client.GetAsync(path, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            var html = await response.Content.ReadAsStringAsync(Cancel);
            ShouldNotShowTheRate(html, path);
            html.ShouldNotContain("Invoiced monthly", customMessage: path);
        }
    }
}
