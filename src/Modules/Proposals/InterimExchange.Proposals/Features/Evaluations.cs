using InterimExchange.Briefs.Contracts;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Features;

/// <summary>
/// A brief's evaluation as one evaluator may reach it: the RPO's coordinators, and the client executive invited to the brief.
/// Scoring, shortlisting and filling the brief all start here.
/// </summary>
internal sealed class Evaluations(
    ProposalsDbContext db, Changes<ProposalsDbContext> changes, IBriefs briefs, TimeProvider clock)
{
    /// <param name="ProposalsDue">The last day any firm routed the brief may submit or amend; terms unseal only after it.</param>
    /// <param name="HiddenUntil">
    /// Set while the RPO's own sourcing team is proposing and proposals are open: the RPO's coordinators see no rival proposal
    /// before this day, so their own team cannot learn from the others.
    /// </param>
    internal sealed record Context(Guid RpoId, FirmBriefView Brief, IReadOnlyList<CriterionView> Criteria, BriefEvaluation Evaluation, List<Proposal> Proposals,
        DateOnly ProposalsDue, DateOnly Today, DateOnly? HiddenUntil)
    {
        public bool ProposalsClosed => ProposalWindow.Closed(ProposalsDue, Today);

        /// <summary>A candidate of a submitted proposal of this brief; anything else breaks the rule.</summary>
        public (Proposal Proposal, ProposedCandidate Candidate) Candidate(Guid proposalId, Guid candidateId) =>
            Proposals.SingleOrDefault(p => p.Id == proposalId) is { } proposal && proposal.Content.Candidates.SingleOrDefault(c => c.Id == candidateId) is { } candidate
                ? (proposal, candidate)
                : throw new BusinessRuleException("That candidate is not part of a submitted proposal for this brief.");
    }

    /// <summary>How the caller evaluates: a coordinator of an RPO, or a client company's executive; nobody else evaluates.</summary>
    public static EvaluatorRole? RoleOf(Caller by) => by.Kind switch
    {
        OrganisationKind.RpoProvider => EvaluatorRole.Coordinator,
        OrganisationKind.ClientCompany => EvaluatorRole.ClientExecutive,
        _ => null,
    };

    /// <summary>A change only a coordinator of the brief's RPO may make, run through the one shape of a change.</summary>
    public Task<Result> CoordinatorChangeAsync(Caller by, Guid briefId, Func<Context, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => RoleOf(by) == EvaluatorRole.Coordinator ? LoadAsync(by, briefId, c) : Task.FromResult<Context?>(null),
            change, cancellationToken);

    /// <summary>The brief as the caller may evaluate it, or null.</summary>
    public async Task<Context?> LoadAsync(Caller by, Guid briefId, CancellationToken cancellationToken)
    {
        var role = RoleOf(by);
        var allowed = role switch
        {
            EvaluatorRole.Coordinator => await briefs.AskAsync(new ReviewBriefQuery(by.OrganisationId, briefId), cancellationToken) is not null,
            EvaluatorRole.ClientExecutive => await briefs.AskAsync(new IsInvitedQuery(by.UserId, briefId), cancellationToken),
            _ => false,
        };
        var brief = allowed ? await briefs.AskAsync(new FirmBriefQuery(briefId), cancellationToken) : null;
        if (brief is null)
        {
            return null;
        }

        // Until the brief is routed there is nothing to evaluate, and nothing is stored.
        var routed = await db.InboxItems.Where(i => i.BriefId == briefId)
            .GroupBy(i => i.RpoOrganisationId)
            .Select(g => new { RpoId = g.Key, Due = g.Max(i => i.ProposalsDue), SourcingTeam = g.Any(i => i.Channel == RoutingChannel.SourcingTeam) })
            .FirstOrDefaultAsync(cancellationToken);
        var rpoId = routed?.RpoId;
        var evaluation = await db.Evaluations.FindAsync([briefId], cancellationToken);
        if (evaluation is null)
        {
            evaluation = new BriefEvaluation(briefId, rpoId ?? Guid.Empty);
            if (rpoId is not null)
            {
                db.Evaluations.Add(evaluation);
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = routed?.Due ?? DateOnly.MaxValue;
        DateOnly? hiddenUntil = role == EvaluatorRole.Coordinator && routed?.SourcingTeam == true && today <= due ? due.AddDays(1) : null;
        var proposals = hiddenUntil is not null
            ? []
            : await db.Proposals.Where(p => p.BriefId == briefId && p.Status == ProposalStatus.Submitted).ToListAsync(cancellationToken);
        return new Context(evaluation.RpoOrganisationId, brief, BriefCriteria.Of(brief), evaluation, proposals, due, today, hiddenUntil);
    }
}
