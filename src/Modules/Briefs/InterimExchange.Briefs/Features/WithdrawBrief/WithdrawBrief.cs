using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.WithdrawBrief;

internal sealed class WithdrawBriefValidator : AbstractValidator<WithdrawBriefCommand>
{
    public WithdrawBriefValidator() => RuleFor(w => w.Reason).ClosingReason();
}

/// <summary>The coordinator withdraws an open brief with a reason; whoever waits on it is told.</summary>
internal sealed class WithdrawBriefHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<WithdrawBriefCommand>
{
    public Task<Result> HandleAsync(WithdrawBriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command.By, command.BriefId, (brief, now) =>
        {
            brief.Withdraw(command.Reason!.Trim(), command.By.Name, now);
            return new BriefWithdrawn(brief.Id, brief.RpoOrganisationId, brief.WithdrawalReason!, now);
        }, cancellationToken);
}
