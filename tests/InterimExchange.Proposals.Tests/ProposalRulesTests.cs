using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Domain;

namespace InterimExchange.Proposals.Tests;

/// <summary>The rules of a proposal and of its value-first evaluation.</summary>
public sealed class ProposalRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Due = new(2026, 11, 16);

    private static Proposal Proposal(int candidates = 1)
    {
        var item = new InboxItem(Guid.NewGuid(), Guid.NewGuid(), "Meridian", Routing.Contracts.RoutingChannel.SpecialistFirm, Guid.NewGuid(), "Interim Head of Quality",
            "Why we chose you", [], new DateOnly(2026, 11, 5), Due, Now);
        var proposal = Domain.Proposal.Start(item, Now);
        proposal.Submit(Content(candidates), Now, out _);
        return proposal;
    }

    private static ProposalContent Content(int candidates) => new(
        [new CriterionAnswer(1, "Close the CAPAs"), new CriterionAnswer(2, "Rebuild the team")],
        Enumerable.Range(1, candidates).Select(i => new ProposedCandidate(Guid.NewGuid(), $"Candidate {i}", "Quality director", 15, "Led two remediations",
            new DateOnly(2026, 12, 1), [new CriterionAnswer(1, "Did it at X"), new CriterionAnswer(2, "Did it at Y")])).ToList(),
        new CommercialTerms(FeeBasis.DayRate, 1500, "EUR", ""));

    [Fact]
    public void A_proposal_can_change_until_the_end_of_its_due_date_and_not_after()
    {
        Domain.Proposal.ClosedBecause(ProposalStatus.Submitted, Due, termsUnsealed: false, Due).ShouldBeNull();
        Domain.Proposal.ClosedBecause(ProposalStatus.Draft, Due, termsUnsealed: false, Due.AddDays(1)).ShouldBe("Proposals were due by 16 November 2026: this one can no longer change.");
    }

    [Fact]
    public void Unsealed_terms_and_a_withdrawal_close_a_proposal()
    {
        Domain.Proposal.ClosedBecause(ProposalStatus.Submitted, Due, termsUnsealed: true, Due.AddDays(-5)).ShouldNotBeNull();
        Domain.Proposal.ClosedBecause(ProposalStatus.Withdrawn, Due, termsUnsealed: false, Due.AddDays(-5)).ShouldBe("You withdrew this proposal.");
    }

    [Fact]
    public void A_proposal_is_withdrawn_once_and_not_after_its_brief_is_filled()
    {
        Should.Throw<BusinessRuleException>(() => Proposal().Withdraw("Changed our mind", briefFilled: true, Now)).Message.ShouldContain("tell the coordinator");
        var proposal = Proposal();
        proposal.Withdraw("Our candidate took another role", briefFilled: false, Now).Reason.ShouldBe("Our candidate took another role");
        Should.Throw<BusinessRuleException>(() => proposal.Withdraw("Again", briefFilled: false, Now));
    }

    [Fact]
    public void Each_submission_after_the_first_is_an_amendment_kept_as_a_version()
    {
        var proposal = Proposal();

        var amended = proposal.Submit(Content(2), Now.AddDays(1), out _);

        amended.ShouldBeOfType<ProposalAmended>().Version.ShouldBe(2);
        proposal.Versions.Select(v => v.Content.Candidates.Count).ShouldBe([1, 2]);
        Should.Throw<BusinessRuleException>(() => proposal.SaveDraft(Content(1), Now));
    }

    [Fact]
    public void An_amendment_names_what_changed_so_that_only_those_scores_are_cleared()
    {
        var proposal = Proposal(candidates: 2);
        var kept = proposal.Content.Candidates[0];
        var changedCandidate = proposal.Content.Candidates[1] with { Achievements = "Led three remediations" };
        var content = proposal.Content with { Candidates = [kept, changedCandidate] };

        var unchanged = proposal.Submit(proposal.Content, Now.AddDays(1), out var nothing).ShouldBeOfType<ProposalAmended>();
        nothing.ShouldBeEmpty();
        unchanged.Changed.ShouldBeEmpty();

        var amended = proposal.Submit(content, Now.AddDays(2), out var changed).ShouldBeOfType<ProposalAmended>();
        changed.ShouldBe([changedCandidate.Id]);
        amended.Changed.ShouldBe(["candidate Candidate 2"]);

        var newApproach = content with { Approaches = [new CriterionAnswer(1, "Close the CAPAs in 60 days"), new CriterionAnswer(2, "Rebuild the team")] };
        proposal.Submit(newApproach, Now.AddDays(3), out var approach);
        approach.ShouldBe([ScoreInput.Approach]);
    }

    [Fact]
    public void Value_scoring_is_complete_only_when_both_evaluators_scored_every_approach_and_candidate_on_every_criterion()
    {
        var proposals = new[] { Proposal(candidates: 1), Proposal(candidates: 2) };
        var scores = new List<Score>();
        foreach (var proposal in proposals)
        {
            foreach (var item in proposal.ScoredItems)
            {
                foreach (var criterion in new[] { 1, 2 })
                {
                    foreach (var role in Enum.GetValues<EvaluatorRole>())
                    {
                        var score = new Score(proposal.BriefId, proposal.Id, item, criterion, role);
                        score.Set(4, "Evidence", "Someone", Now);
                        scores.Add(score);
                    }
                }
            }
        }

        BriefEvaluation.ScoringComplete(proposals, scores, criteria: 2).ShouldBeTrue();
        BriefEvaluation.ScoringComplete(proposals, scores.Skip(1), criteria: 2).ShouldBeFalse();
        BriefEvaluation.ScoringComplete(proposals, scores.Where(s => s.Role == EvaluatorRole.Coordinator), criteria: 2).ShouldBeFalse();
        BriefEvaluation.ScoringComplete(proposals, scores, criteria: 3).ShouldBeFalse();
        BriefEvaluation.ScoringComplete([], [], criteria: 2).ShouldBeFalse();
    }

    [Fact]
    public void Completing_scoring_unseals_the_terms_once_and_nothing_is_shortlisted_before()
    {
        var evaluation = new BriefEvaluation(Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<BusinessRuleException>(() => evaluation.ShortlistCandidate(Guid.NewGuid(), Guid.NewGuid()));

        var events = evaluation.CompleteScoring(2, proposalsClosed: true, Now);

        events.Select(e => e.GetType()).ShouldBe([typeof(ValueScoringCompleted), typeof(CommercialTermsUnsealed)]);
        ((CommercialTermsUnsealed)events[1]).Reason.ShouldBe("Value scoring complete");
        evaluation.CompleteScoring(2, proposalsClosed: true, Now).ShouldBeEmpty();
        Should.Throw<BusinessRuleException>(() => evaluation.CloseScoring(2, "Client in a hurry", "Amelia Hart", Due, Due.AddDays(1), Now));
    }

    [Fact]
    public void Terms_never_unseal_while_proposals_are_open_neither_by_complete_scoring_nor_by_closing_it()
    {
        var evaluation = new BriefEvaluation(Guid.NewGuid(), Guid.NewGuid());

        evaluation.CompleteScoring(2, proposalsClosed: false, Now).Select(e => e.GetType()).ShouldBe([typeof(ValueScoringCompleted)]);
        evaluation.TermsUnsealed.ShouldBeFalse();
        Should.Throw<BusinessRuleException>(() => evaluation.CloseScoring(2, "Client in a hurry", "Amelia Hart", Due, Due, Now))
            .Message.ShouldContain("Proposals are open until the end of 16 November 2026");

        evaluation.CompleteScoring(2, proposalsClosed: true, Now.AddDays(15)).Select(e => e.GetType()).ShouldBe([typeof(CommercialTermsUnsealed)]);
        evaluation.TermsUnsealed.ShouldBeTrue();
    }

    [Fact]
    public void Closing_scoring_early_needs_a_submitted_proposal_and_keeps_the_reason()
    {
        Should.Throw<BusinessRuleException>(() => new BriefEvaluation(Guid.NewGuid(), Guid.NewGuid()).CloseScoring(0, "Why", "Amelia Hart", Due, Due.AddDays(1), Now));

        var unsealed = new BriefEvaluation(Guid.NewGuid(), Guid.NewGuid()).CloseScoring(1, "The client executive left the company", "Amelia Hart", Due, Due.AddDays(1), Now);

        unsealed.Reason.ShouldBe("Scoring closed before it was complete: The client executive left the company");
        unsealed.By.ShouldBe("Amelia Hart");
    }

    [Fact]
    public void Only_a_shortlisted_candidate_can_be_selected_and_only_once()
    {
        var evaluation = new BriefEvaluation(Guid.NewGuid(), Guid.NewGuid());
        evaluation.CompleteScoring(1, proposalsClosed: true, Now);
        var (proposal, candidate) = (Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<BusinessRuleException>(() => evaluation.Select(proposal, candidate, Guid.NewGuid()));

        evaluation.ShortlistCandidate(proposal, candidate);
        evaluation.Select(proposal, candidate, Guid.NewGuid());

        Should.Throw<BusinessRuleException>(() => evaluation.Select(proposal, candidate, Guid.NewGuid()));
    }
}
