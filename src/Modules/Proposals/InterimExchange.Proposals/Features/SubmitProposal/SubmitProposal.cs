using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.SubmitProposal;

/// <summary>What a submitted proposal must hold, each error next to its field of the proposal (not of the command).</summary>
internal sealed class SubmitProposalValidator : AbstractValidator<SubmitProposalCommand>
{
    public SubmitProposalValidator() => RuleFor(c => c.Input).SetValidator(new ProposalInputValidator()).OverridePropertyName("");
}

/// <summary>
/// The firm submits its proposal before the due date, or amends it as a new version: the scores of what changed are cleared and
/// the coordinator is told what to score again.
/// </summary>
internal sealed class SubmitProposalHandler(ProposalsDbContext db, FirmProposals proposals) : ICommandHandler<SubmitProposalCommand>
{
    public async Task<Result> HandleAsync(SubmitProposalCommand command, CancellationToken cancellationToken)
    {
        var (firmId, briefId, input) = (command.By.OrganisationId, command.BriefId, command.Input);
        if (await proposals.LoadAsync(firmId, briefId, cancellationToken) is not { } context)
        {
            return Result.NotFound();
        }

        var decision = await db.OpenFirmDecisionAsync(briefId, firmId, cancellationToken);
        // Loaded now, so that an amendment can clear the scores of what it changed without a query inside the change.
        var scores = context.Proposal is { } existing ? await db.Scores.Where(s => s.ProposalId == existing.Id).ToListAsync(cancellationToken) : [];
        var evaluation = context.Proposal is null ? null : await db.Evaluations.FindAsync([briefId], cancellationToken);

        return await proposals.ChangeAsync(context, (proposal, criteria, now) =>
        {
            // The brief's criteria are the brief's, not the input's shape: an answer missing for one of them is an empty answer.
            if (input.FitCriteria(criteria).MissingAnswers() is { Count: > 0 } missing)
            {
                throw new BusinessRuleException(missing);
            }

            var submitted = proposal.Submit(proposal.ContentFrom(input, criteria), now, out var changed);
            // Scores of what changed no longer describe it: they go, and the evaluators are told to score it again.
            if (changed.Count > 0)
            {
                db.Scores.RemoveRange(scores.Where(s => changed.Contains(s.CandidateId)));
                evaluation?.ScoresCleared();
            }

            decision?.ProposalArrived(proposal.Id);
            db.Note(briefId, firmId, now, proposal.Version == 1 ? "You submitted your proposal." : $"You amended your proposal (version {proposal.Version}).");
            return submitted;
        }, cancellationToken);
    }
}
