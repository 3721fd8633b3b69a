using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.ShortlistCandidate;

/// <summary>
/// The coordinator shortlists a candidate: the proposal's decision gets its outcome, and the candidate becomes a decision of
/// its own with a promised date.
/// </summary>
internal sealed class ShortlistCandidateHandler(ProposalsDbContext db, Evaluations evaluations)
{
    public async Task<Result> HandleAsync(Evaluator evaluator, Guid briefId, Guid proposalId, Guid candidateId, CancellationToken cancellationToken)
    {
        // The proposal's decision gets its outcome, and the candidate becomes a decision of its own with a promised date.
        var proposalDecision = await db.Decisions.SingleOrDefaultAsync(d => d.BriefId == briefId && d.ProposalId == proposalId && d.Subject == DecisionSubject.Proposal, cancellationToken);
        var policy = await db.PolicyAsync(evaluator.OrganisationId, cancellationToken);
        return await evaluations.CoordinatorChangeAsync(evaluator, briefId, (context, now) =>
        {
            var (proposal, candidate) = context.Candidate(proposalId, candidateId);
            context.Evaluation.ShortlistCandidate(proposal.Id, candidate.Id);
            List<object> events = [new CandidateShortlisted(briefId, context.RpoId, proposal.Id, proposal.FirmId, candidate.Id, candidate.Alias, evaluator.Name, now)];
            if (proposalDecision is not null)
            {
                var decisionBy = BusinessDays.Add(DateOnly.FromDateTime(now), policy.DaysAfterShortlisting);
                db.Decisions.Add(proposalDecision.ForCandidate(candidate.Id, candidate.Alias, decisionBy));
                if (proposalDecision.IsOpen)
                {
                    events.Add(db.Decide(proposalDecision, Outcome.Shortlisted, OutcomeMessages.Shortlisted(context.Brief.RoleTitle, candidate.Alias, decisionBy), automated: true, now)!);
                }
                else
                {
                    db.Note(briefId, proposal.FirmId, now, OutcomeMessages.Shortlisted(context.Brief.RoleTitle, candidate.Alias, decisionBy));
                }
            }

            return events;
        }, cancellationToken);
    }
}
