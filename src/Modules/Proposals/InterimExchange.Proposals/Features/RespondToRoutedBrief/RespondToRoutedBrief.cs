using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.RespondToRoutedBrief;

internal sealed class RespondToRoutedBriefValidator : AbstractValidator<RespondToRoutedBriefCommand>
{
    public RespondToRoutedBriefValidator()
    {
        RuleFor(r => r.Reason).IsInEnum().WithMessage("Choose the reason you decline from the list.");
        RuleFor(r => r.Note).MaximumLength(2000).WithMessage("Keep the note to 2,000 characters.");
    }
}

/// <summary>The firm answers a routed brief: interested, or declined with a reason; declining gives its decision its outcome.</summary>
internal sealed class RespondToRoutedBriefHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<RespondToRoutedBriefCommand>
{
    public Task<Result> HandleAsync(RespondToRoutedBriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.InboxItems.SingleOrDefaultAsync(i => i.FirmId == command.By.OrganisationId && i.BriefId == command.BriefId, c), async (item, now) =>
        {
            item.Respond(command.Interested, command.Reason, command.Note, now);
            db.Note(item.BriefId, item.FirmId, now, command.Interested ? "You answered: interested." : $"You declined: {item.DeclineReason?.Describe()}. {item.ResponseNote}".TrimEnd());
            if (!command.Interested && await db.OpenFirmDecisionAsync(item.BriefId, item.FirmId, cancellationToken) is { } decision)
            {
                db.Decide(decision, Outcome.DeclinedByFirm, "The firm declined the brief.", automated: true, now);
            }

            return new FirmRespondedToBrief(item.BriefId, item.FirmId, command.Interested, item.DeclineReason?.ToString(), item.ResponseNote, now);
        }, cancellationToken);
}
