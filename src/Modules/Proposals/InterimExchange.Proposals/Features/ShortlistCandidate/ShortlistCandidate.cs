using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.ShortlistCandidate;

/// <summary>Nothing to check in the input: the command names a proposal and its candidate, which the brief's evaluation must hold.</summary>
internal sealed class ShortlistCandidateValidator : AbstractValidator<ShortlistCandidateCommand>;

/// <summary>
/// The coordinator shortlists a candidate: the proposal's decision gets its outcome, and the candidate becomes a decision of
/// its own with a promised date.
/// </summary>
internal sealed class ShortlistCandidateHandler(ProposalsDbContext db, Evaluations evaluations) : ICommandHandler<ShortlistCandidateCommand>
{
    public async Task<Result> HandleAsync(ShortlistCandidateCommand command, CancellationToken cancellationToken)
    {
        var (by, briefId, proposalId, candidateId) = (command.By, command.BriefId, command.ProposalId, command.CandidateId);
        // The proposal's decision gets its outcome, and the candidate becomes a decision of its own with a promised date.
        var proposalDecision = await db.Decisions.SingleOrDefaultAsync(d => d.BriefId == briefId && d.ProposalId == proposalId && d.Subject == DecisionSubject.Proposal, cancellationToken);
        var policy = await db.PolicyAsync(by.OrganisationId, cancellationToken);
        return await evaluations.CoordinatorChangeAsync(by, briefId, (context, now) =>
        {
            var (proposal, candidate) = context.Candidate(proposalId, candidateId);
            context.Evaluation.ShortlistCandidate(proposal.Id, candidate.Id);
            List<object> events = [new CandidateShortlisted(briefId, context.RpoId, proposal.Id, proposal.FirmId, candidate.Id, candidate.Alias, by.Name, now)];
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
