using AutoMapper;

namespace InterimExchange.Proposals.Features.ViewProposal;

/// <summary>The firm's proposal form: the brief's criteria, what the firm wrote so far, and whether proposals are still open.</summary>
internal sealed class ViewProposalHandler(FirmProposals proposals, IMapper mapper)
{
    public async Task<ProposalForm?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        if (await proposals.LoadAsync(firmId, briefId, cancellationToken) is not { } context)
        {
            return null;
        }

        var (item, proposal, criteria, roleTitle, closedBecause) = context;
        var content = proposal?.Content ?? new ProposalContent([], [], new CommercialTerms(null, null, "", ""));
        return new ProposalForm(briefId, roleTitle, item.ProposalsDue, criteria, proposal?.Status ?? ProposalStatus.Draft, proposal?.Version ?? 0,
            proposal?.SubmittedAtUtc, proposal?.WithdrawalReason, closedBecause, mapper.ToInput(content, criteria.Count),
            proposal?.Versions.Select(v => new ProposalVersionView(v.Version, v.SubmittedAtUtc)).ToList() ?? []);
    }
}
