using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewEvaluation;

/// <summary>
/// The evaluation page: every submitted proposal with both evaluators' scores; the terms only once unsealed; none to the RPO's
/// coordinators while their own sourcing team is proposing and proposals are open.
/// </summary>
internal sealed class ViewEvaluationHandler(ProposalsDbContext db, Evaluations evaluations) : IQueryHandler<ViewEvaluationQuery, EvaluationView?>
{
    public async Task<EvaluationView?> HandleAsync(ViewEvaluationQuery query, CancellationToken cancellationToken)
    {
        var briefId = query.BriefId;
        if (await evaluations.LoadAsync(query.By, briefId, cancellationToken) is not { } context)
        {
            return null;
        }

        var (_, brief, criteria, evaluation, proposals, due, _, hiddenUntil) = context;
        var scores = await db.Scores.AsNoTracking().Where(s => s.BriefId == briefId).ToListAsync(cancellationToken);
        var engagement = evaluation.EngagementId is { } engagementId
            ? await db.Engagements.AsNoTracking().SingleAsync(e => e.Id == engagementId, cancellationToken)
            : null;
        var notProgressed = await db.Decisions.AsNoTracking()
            .Where(d => d.BriefId == briefId && d.Subject == DecisionSubject.Candidate && d.Outcome == Outcome.NotProgressed)
            .Select(d => d.CandidateId).ToListAsync(cancellationToken);
        var views = proposals.OrderBy(p => p.SubmittedAtUtc).Select(p => new ProposalEvaluationView(
            p.Id, p.FirmName, p.Channel, p.Version, p.SubmittedAtUtc!.Value, p.Content.Approaches,
            p.Content.Candidates.Select(c => new CandidateView(c.Id, c.Alias, c.Headline, c.YearsInSeniorRoles ?? 0, c.Achievements,
                c.AvailableFrom ?? default, c.Rationales, evaluation.Shortlist.Contains(new ShortlistEntry(p.Id, c.Id)), notProgressed.Contains(c.Id))).ToList(),
            scores.Where(s => s.ProposalId == p.Id && p.ScoredItems.Contains(s.CandidateId) && s.Criterion <= criteria.Count)
                .Select(s => new ScoreView(s.CandidateId, s.Criterion, s.Role, s.Value, s.Evidence, s.ScoredBy)).ToList(),
            // Sealed terms never leave the module before unsealing.
            evaluation.TermsUnsealed && p.Content.Commercial is { Basis: { } basis, Amount: { } amount } terms
                ? new CommercialTermsView(basis, amount, terms.Currency, terms.Terms)
                : null)).ToList();
        var required = proposals.Sum(p => p.ScoredItems.Count()) * criteria.Count * Enum.GetValues<EvaluatorRole>().Length;
        return new EvaluationView(briefId, brief.RoleTitle, criteria, views, required, views.Sum(v => v.Scores.Count),
            evaluation.UnsealedAtUtc is { } at ? new UnsealView(at, evaluation.UnsealReason!, evaluation.UnsealedBy!) : null,
            engagement is null ? null : new SelectionView(engagement.ProposalId, engagement.CandidateId, engagement.CandidateAlias, engagement.FirmName, engagement.StartDate, engagement.InterimName),
            due, evaluation.ScoringCompletedAtUtc is not null, hiddenUntil);
    }
}
