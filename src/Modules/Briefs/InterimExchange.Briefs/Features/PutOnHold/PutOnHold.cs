using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.PutOnHold;

internal sealed class PutOnHoldValidator : AbstractValidator<PutOnHoldCommand>
{
    public PutOnHoldValidator()
    {
        RuleFor(h => h.Reason).ClosingReason();
        RuleFor(h => h.ReviewDate).ReviewDate();
    }
}

/// <summary>The coordinator puts an open brief on hold with a reason and a review date; whoever waits on it is told.</summary>
internal sealed class PutOnHoldHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<PutOnHoldCommand>
{
    public Task<Result> HandleAsync(PutOnHoldCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command.By, command.BriefId, (brief, now) =>
        {
            brief.PutOnHold(command.Reason!.Trim(), command.ReviewDate!.Value, command.By.Name, now);
            return new BriefPutOnHold(brief.Id, brief.RpoOrganisationId, brief.HoldReason!, command.ReviewDate.Value, now);
        }, cancellationToken);
}
