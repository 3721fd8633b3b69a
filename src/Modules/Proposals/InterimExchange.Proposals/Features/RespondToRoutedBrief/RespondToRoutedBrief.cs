using FluentValidation;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.RespondToRoutedBrief;

internal sealed class RespondToBriefValidator : AbstractValidator<RespondToBrief>
{
    public RespondToBriefValidator()
    {
        RuleFor(r => r.Reason).IsInEnum().WithMessage("Choose the reason you decline from the list.");
        RuleFor(r => r.Note).MaximumLength(2000).WithMessage("Keep the note to 2,000 characters.");
    }
}

/// <summary>The firm answers a routed brief: interested, or declined with a reason; declining gives its decision its outcome.</summary>
internal sealed class RespondToRoutedBriefHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IValidator<RespondToBrief> validator)
{
    public async Task<Result> HandleAsync(RespondToBrief request, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(request, cancellationToken)
        ?? await changes.ApplyAsync(c => db.InboxItems.SingleOrDefaultAsync(i => i.FirmId == request.FirmId && i.BriefId == request.BriefId, c), async (item, now) =>
        {
            item.Respond(request.Interested, request.Reason, request.Note, now);
            db.Note(item.BriefId, item.FirmId, now, request.Interested ? "You answered: interested." : $"You declined: {item.DeclineReason?.Describe()}. {item.ResponseNote}".TrimEnd());
            if (!request.Interested && await db.OpenFirmDecisionAsync(item.BriefId, item.FirmId, cancellationToken) is { } decision)
            {
                db.Decide(decision, Outcome.DeclinedByFirm, "The firm declined the brief.", automated: true, now);
            }

            return new FirmRespondedToBrief(item.BriefId, item.FirmId, request.Interested, item.DeclineReason?.ToString(), item.ResponseNote, now);
        }, cancellationToken);
}
