using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.PutOnHold;

internal sealed class BriefHoldValidator : AbstractValidator<BriefHold>
{
    public BriefHoldValidator()
    {
        RuleFor(h => h.Reason).ClosingReason();
        RuleFor(h => h.ReviewDate).ReviewDate();
    }
}

/// <summary>The coordinator puts an open brief on hold with a reason and a review date; whoever waits on it is told.</summary>
internal sealed class PutOnHoldHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IValidator<BriefHold> validator)
{
    public async Task<Result> HandleAsync(BriefCommand command, BriefHold hold, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(hold, cancellationToken)
            ?? await changes.ApplyAsync(db, command, (brief, now) =>
            {
                brief.PutOnHold(hold.Reason!.Trim(), hold.ReviewDate!.Value, command.Actor, now);
                return new BriefPutOnHold(brief.Id, brief.RpoOrganisationId, brief.HoldReason!, hold.ReviewDate.Value, now);
            }, cancellationToken);
    }
}
