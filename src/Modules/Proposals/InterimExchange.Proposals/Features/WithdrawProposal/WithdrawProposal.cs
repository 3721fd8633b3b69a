using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.WithdrawProposal;

internal sealed class WithdrawProposalValidator : AbstractValidator<WithdrawProposalCommand>
{
    public WithdrawProposalValidator() =>
        RuleFor(w => w.WithdrawalReason).NotEmpty().WithMessage("Say why you withdraw: the coordinator reads it.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
}

/// <summary>The firm withdraws its proposal with a reason; nothing is awaited from it any more.</summary>
internal sealed class WithdrawProposalHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, FirmProposals proposals) : ICommandHandler<WithdrawProposalCommand>
{
    public Task<Result> HandleAsync(WithdrawProposalCommand command, CancellationToken cancellationToken)
    {
        var (firmId, briefId) = (command.By.OrganisationId, command.BriefId);
        return changes.ApplyAsync(async c => (await proposals.LoadAsync(firmId, briefId, c))?.Proposal, async (proposal, now) =>
        {
            var filled = await proposals.FilledAsync(briefId, cancellationToken);
            var withdrawn = proposal.Withdraw(command.WithdrawalReason!.Trim(), filled, now);
            db.Note(briefId, firmId, now, $"You withdrew your proposal: {proposal.WithdrawalReason}");
            // The proposal and any of its shortlisted candidates: nothing is awaited from a withdrawn proposal.
            foreach (var decision in await db.Decisions.Where(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null).ToListAsync(cancellationToken))
            {
                db.Decide(decision, Outcome.WithdrawnByFirm, "The firm withdrew its proposal.", automated: true, now);
            }

            return withdrawn;
        }, cancellationToken);
    }
}
