using FluentValidation;

namespace InterimExchange.Proposals.Features.SetDecisionPolicy;

internal sealed class DecisionPolicyValidator : AbstractValidator<DecisionPolicyView>
{
    public DecisionPolicyValidator()
    {
        RuleFor(p => p.DaysAfterProposalsDue).InclusiveBetween(1, 60).WithMessage("Between 1 and 60 working days.");
        RuleFor(p => p.DaysAfterShortlisting).InclusiveBetween(1, 60).WithMessage("Between 1 and 60 working days.");
    }
}

/// <summary>An RPO sets its default decision-by dates: so many working days after proposals are due, and after shortlisting.</summary>
internal sealed class SetDecisionPolicyHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IValidator<DecisionPolicyView> validator)
{
    public async Task<Result> HandleAsync(Guid rpoId, DecisionPolicyView policy, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(policy, cancellationToken)
            ?? await changes.ApplyAsync(async _ =>
            {
                var stored = await db.DecisionPolicies.FindAsync([rpoId], cancellationToken);
                if (stored is null)
                {
                    db.DecisionPolicies.Add(new DecisionPolicy(rpoId, policy.DaysAfterProposalsDue, policy.DaysAfterShortlisting));
                }
                else
                {
                    stored.DaysAfterProposalsDue = policy.DaysAfterProposalsDue;
                    stored.DaysAfterShortlisting = policy.DaysAfterShortlisting;
                }

                return (object?)null;
            }, cancellationToken);
    }
}
