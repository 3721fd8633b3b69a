namespace InterimExchange.Proposals.Features.SaveProposalDraft;

/// <summary>The firm saves its proposal as a draft, complete or not: nothing is sent.</summary>
internal sealed class SaveProposalDraftHandler(FirmProposals proposals)
{
    public async Task<Result> HandleAsync(Guid firmId, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        await proposals.LoadAsync(firmId, briefId, cancellationToken) is { } context
            ? await proposals.ChangeAsync(context, (proposal, criteria, now) =>
            {
                proposal.SaveDraft(proposal.ContentFrom(input, criteria), now);
                return null;
            }, cancellationToken)
            : Result.NotFound();
}
