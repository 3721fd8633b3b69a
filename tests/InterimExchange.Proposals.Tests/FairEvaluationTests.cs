using InterimExchange.Accounts.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Proposals.Tests;

/// <summary>Evaluation stays fair: amended proposals are scored again, and the RPO's own sourcing team learns nothing from its rivals.</summary>
public sealed class FairEvaluationTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Caller Amelia => Callers.Rpo(Northbridge, userId: DemoAccounts.Northbridge.Id, name: "Amelia Hart");

    private Task<InterimExchange.BuildingBlocks.Results.Result> SubmitAsync(Guid firm, Guid briefId, ProposalInput input) =>
        app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SubmitProposalCommand(Callers.Firm(firm), briefId, input), Cancel));

    private Task<EvaluationView?> EvaluationAsync(Caller evaluator, Guid briefId) =>
        app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(evaluator, briefId), Cancel));

    [Fact]
    public async Task An_amended_candidate_loses_its_scores_the_approach_keeps_them_and_the_evaluators_are_told()
    {
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Meridian);
        (await SubmitAsync(Meridian, briefId, Proposal("Candidate Q", 1400))).Succeeded.ShouldBeTrue();
        await app.ScoreEverythingAsync(Amelia, briefId, 4);
        var before = (await EvaluationAsync(Amelia, briefId))!;
        var candidate = before.Proposals.Single().Candidates.Single();
        before.Proposals.Single().Scores.Count.ShouldBe(6);

        // The form comes back with the candidate's id, and with an id the proposal never had: only the first is kept.
        var amended = Proposal("Candidate Q", 1400);
        amended.Candidates[0].Id = candidate.Id;
        amended.Candidates[0].Achievements = "Led five centralised procedures to approval";
        amended.Candidates.Add(new CandidateInput { Id = candidate.Id, Alias = "Candidate Copy", Headline = "Same id, posted twice", YearsInSeniorRoles = 10,
            Achievements = "Anything", AvailableFrom = new DateOnly(2026, 12, 7),
            Rationales = Enumerable.Range(1, 3).Select(n => new CriterionText { Criterion = n, Text = "Rationale" }).ToList() });
        (await SubmitAsync(Meridian, briefId, amended)).Succeeded.ShouldBeTrue();

        var after = (await EvaluationAsync(Amelia, briefId))!.Proposals.Single();
        after.Candidates.Select(c => c.Id).Distinct().Count().ShouldBe(2, "a repeated id is the server's to replace");
        after.Candidates.ShouldContain(c => c.Id == candidate.Id);
        after.Scores.ShouldAllBe(s => s.CandidateId == ScoreInput.Approach, "the changed candidate's scores are cleared");
        after.Scores.Count.ShouldBe(3);
        var notice = await app.NotificationAsync(await app.AccountAsync("amelia.hart@northbridge.example"), "Meridian Quality Interim amended its proposal");
        notice.Body.ShouldContain("candidate Candidate Q");
        notice.Body.ShouldContain("score it again");
    }

    [Fact]
    public async Task While_the_RPO_s_own_sourcing_team_proposes_its_coordinators_see_no_rival_proposal_until_proposals_close()
    {
        var briefId = await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", [RegPath, Northbridge]);
        (await SubmitAsync(RegPath, briefId, Proposal("Candidate R", 1600))).Succeeded.ShouldBeTrue();

        var coordinatorView = (await EvaluationAsync(Amelia, briefId))!;
        coordinatorView.Proposals.ShouldBeEmpty();
        coordinatorView.ProposalsHiddenUntil.ShouldNotBeNull();
        var page = await (await app.SignedInAsync("amelia.hart@northbridge.example")).GetStringAsync($"/rpo/briefs/{briefId}/evaluation", Cancel);
        page.ShouldContain("Your own sourcing team is proposing on this brief");
        page.ShouldNotContain("Candidate R");
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ScoreProposalCommand(Amelia, briefId, Guid.NewGuid(), [new ScoreInput { CandidateId = ScoreInput.Approach, Criterion = 1, Value = 5, Evidence = "Seen" }]), Cancel))).IsNotFound.ShouldBeTrue();

        app.CloseProposals();
        (await SubmitAsync(Northbridge, briefId, Proposal("Candidate N", 1200))).Succeeded.ShouldBeFalse("the sourcing team's proposal cannot change after proposals close");
        var afterClose = (await EvaluationAsync(Amelia, briefId))!;
        afterClose.ProposalsHiddenUntil.ShouldBeNull();
        afterClose.Proposals.Single().FirmName.ShouldBe("RegPath Interim");
    }
}
