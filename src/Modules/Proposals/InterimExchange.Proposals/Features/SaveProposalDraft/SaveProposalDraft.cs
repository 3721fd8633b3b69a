using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.SaveProposalDraft;

/// <summary>
/// Nothing to check in the input: a draft is saved as it stands, complete or not (its content is kept as one document, so no
/// column limits a field); what a proposal must hold is checked when it is submitted.
/// </summary>
internal sealed class SaveProposalDraftValidator : AbstractValidator<SaveProposalDraftCommand>;

/// <summary>The firm saves its proposal as a draft, complete or not: nothing is sent.</summary>
internal sealed class SaveProposalDraftHandler(FirmProposals proposals) : ICommandHandler<SaveProposalDraftCommand>
{
    public async Task<Result> HandleAsync(SaveProposalDraftCommand command, CancellationToken cancellationToken) =>
        await proposals.LoadAsync(command.By.OrganisationId, command.BriefId, cancellationToken) is { } context
            ? await proposals.ChangeAsync(context, (proposal, criteria, now) =>
            {
                proposal.SaveDraft(proposal.ContentFrom(command.Input, criteria), now);
                return null;
            }, cancellationToken)
            : Result.NotFound();
}
