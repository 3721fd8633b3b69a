using AutoMapper;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewProposal;

/// <summary>The firm's proposal form: the brief's criteria, what the firm wrote so far, and whether proposals are still open.</summary>
internal sealed class ViewProposalHandler(ProposalsDbContext db, FirmProposals proposals, IMapper mapper) : IQueryHandler<ViewProposalQuery, ProposalForm?>
{
    public async Task<ProposalForm?> HandleAsync(ViewProposalQuery query, CancellationToken cancellationToken)
    {
        var briefId = query.BriefId;
        if (await proposals.LoadAsync(query.By.OrganisationId, briefId, cancellationToken) is not { } context)
        {
            return null;
        }

        var (item, proposal, criteria, roleTitle, closedBecause) = context;
        var content = proposal?.Content ?? new ProposalContent([], [], new CommercialTerms(null, null, "", ""));
        var decisions = proposal is null ? [] : await db.Decisions.AsNoTracking()
            .Where(d => d.ProposalId == proposal.Id)
            .OrderBy(d => d.DecidedAtUtc)
            .Select(d => new { d.Subject, d.CandidateAlias, d.Outcome, d.DecidedAtUtc })
            .ToListAsync(cancellationToken);
        var outcomes = decisions.Where(d => d.Outcome is not null)
            .Select(d => $"{OutcomeWords.Of(d.Outcome!.Value)}: your {OutcomeWords.What(d.Subject, d.CandidateAlias)}, on {d.DecidedAtUtc:d MMMM yyyy}.")
            .ToList();
        var filled = await proposals.FilledAsync(briefId, cancellationToken);
        // Withdrawing is offered while the RPO still owes an answer on the proposal and the brief is not filled.
        var canWithdraw = proposal?.Status == ProposalStatus.Submitted && !filled && decisions.Any(d => d.Outcome is null);
        return new ProposalForm(briefId, roleTitle, item.ProposalsDue, criteria, proposal?.Status ?? ProposalStatus.Draft, proposal?.Version ?? 0,
            proposal?.SubmittedAtUtc, proposal?.WithdrawalReason, closedBecause, mapper.ToInput(content, criteria.Count),
            proposal?.Versions.Select(v => new ProposalVersionView(v.Version, v.SubmittedAtUtc)).ToList() ?? [], outcomes, canWithdraw);
    }
}
