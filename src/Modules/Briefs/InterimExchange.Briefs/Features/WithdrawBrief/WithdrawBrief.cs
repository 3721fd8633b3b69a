using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.WithdrawBrief;

internal sealed class BriefWithdrawalValidator : AbstractValidator<BriefWithdrawal>
{
    public BriefWithdrawalValidator() => RuleFor(w => w.Reason).ClosingReason();
}

/// <summary>The coordinator withdraws an open brief with a reason; whoever waits on it is told.</summary>
internal sealed class WithdrawBriefHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IValidator<BriefWithdrawal> validator)
{
    public async Task<Result> HandleAsync(BriefCommand command, BriefWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(withdrawal, cancellationToken)
            ?? await changes.ApplyAsync(db, command, (brief, now) =>
            {
                brief.Withdraw(withdrawal.Reason!.Trim(), command.Actor, now);
                return new BriefWithdrawn(brief.Id, brief.RpoOrganisationId, brief.WithdrawalReason!, now);
            }, cancellationToken);
    }
}
