using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.SetDecisionPolicy;

internal sealed class SetDecisionPolicyValidator : AbstractValidator<SetDecisionPolicyCommand>
{
    public SetDecisionPolicyValidator()
    {
        RuleFor(p => p.DaysAfterProposalsDue).InclusiveBetween(1, 60).WithMessage("Between 1 and 60 working days.");
        RuleFor(p => p.DaysAfterShortlisting).InclusiveBetween(1, 60).WithMessage("Between 1 and 60 working days.");
    }
}

/// <summary>An RPO sets its default decision-by dates: so many working days after proposals are due, and after shortlisting.</summary>
internal sealed class SetDecisionPolicyHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<SetDecisionPolicyCommand>
{
    public Task<Result> HandleAsync(SetDecisionPolicyCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async _ =>
        {
            var rpoId = command.By.OrganisationId;
            var stored = await db.DecisionPolicies.FindAsync([rpoId], cancellationToken);
            if (stored is null)
            {
                db.DecisionPolicies.Add(new DecisionPolicy(rpoId, command.DaysAfterProposalsDue, command.DaysAfterShortlisting));
            }
            else
            {
                stored.DaysAfterProposalsDue = command.DaysAfterProposalsDue;
                stored.DaysAfterShortlisting = command.DaysAfterShortlisting;
            }

            return (object?)null;
        }, cancellationToken);
}
