using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Domain;
using InterimExchange.Proposals.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Proposals.Features.Evaluation;

/// <summary>
/// Scoring, unsealing, shortlisting and selection for one brief. An evaluator is a coordinator of the RPO the brief was routed
/// for, or the client executive invited to the brief; commercial terms enter a view only once the evaluation is unsealed.
/// </summary>
internal sealed class EvaluationHandler(ProposalsDbContext db, IBriefs rpoBriefs, IBriefsForFirms briefs, IClientBriefings clientBriefings, TimeProvider clock)
    : IEvaluation
{
    internal sealed record Context(Guid RpoId, FirmBriefView Brief, IReadOnlyList<CriterionView> Criteria, BriefEvaluation Evaluation, List<Proposal> Proposals);

    public async Task<EvaluationView?> GetAsync(Evaluator evaluator, Guid briefId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(evaluator, briefId, cancellationToken) is not { } context)
        {
            return null;
        }

        var (_, brief, criteria, evaluation, proposals) = context;
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
            engagement is null ? null : new SelectionView(engagement.ProposalId, engagement.CandidateId, engagement.CandidateAlias, engagement.FirmName, engagement.StartDate));
    }

    public async Task<Result> ScoreAsync(Evaluator evaluator, Guid briefId, Guid proposalId, IReadOnlyList<ScoreInput> scores, CancellationToken cancellationToken)
    {
        if (await LoadAsync(evaluator, briefId, cancellationToken) is not { } context
            || context.Proposals.SingleOrDefault(p => p.Id == proposalId) is not { } proposal)
        {
            return Result.NotFound();
        }

        if (context.Evaluation.TermsUnsealed)
        {
            return Result.Failure("", "Scoring is over: the commercial terms are unsealed, and scores no longer change.");
        }

        var errors = new Dictionary<string, string[]>();
        var items = proposal.ScoredItems.ToHashSet();
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            if (!items.Contains(score.CandidateId) || score.Criterion < 1 || score.Criterion > context.Criteria.Count)
            {
                return Result.NotFound();
            }

            if (score.Value is null && string.IsNullOrWhiteSpace(score.Evidence))
            {
                continue;
            }

            if (score.Value is not (>= 1 and <= 5))
            {
                errors[$"Scores[{i}].Value"] = ["Score from 1 to 5."];
            }

            if (string.IsNullOrWhiteSpace(score.Evidence))
            {
                errors[$"Scores[{i}].Evidence"] = ["Add a line of evidence for the score."];
            }
            else if (score.Evidence.Length > 1000)
            {
                errors[$"Scores[{i}].Evidence"] = ["Keep the evidence to one line (1,000 characters at most)."];
            }
        }

        if (errors.Count > 0)
        {
            return new Result(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Scores.Where(s => s.BriefId == briefId).ToListAsync(cancellationToken);
        foreach (var input in scores.Where(s => s.Value is not null))
        {
            var score = existing.SingleOrDefault(s => s.ProposalId == proposalId && s.CandidateId == input.CandidateId && s.Criterion == input.Criterion && s.Role == evaluator.Role);
            if (score is null)
            {
                score = new Score(briefId, proposalId, input.CandidateId, input.Criterion, evaluator.Role);
                db.Scores.Add(score);
                existing.Add(score);
            }

            score.Set(input.Value!.Value, input.Evidence!.Trim(), evaluator.Name, now);
        }

        if (BriefEvaluation.ScoringComplete(context.Proposals, existing, context.Criteria.Count))
        {
            foreach (var integrationEvent in context.Evaluation.CompleteScoring(context.Proposals.Count, now))
            {
                db.AddToOutbox(integrationEvent, clock);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public Task<Result> CloseScoringAsync(Evaluator evaluator, Guid briefId, string reason, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(Result.Failure("CloseReason", "Say why scoring closes before it is complete: it is kept in the brief's history."))
            : CoordinatorChangeAsync(evaluator, briefId, cancellationToken, context =>
                [context.Evaluation.CloseScoring(context.Proposals.Count, reason.Trim(), evaluator.Name, clock.GetUtcNow().UtcDateTime)]);

    public async Task<Result> ShortlistAsync(Evaluator evaluator, Guid briefId, Guid proposalId, Guid candidateId, CancellationToken cancellationToken)
    {
        // The proposal's decision gets its outcome, and the candidate becomes a decision of its own with a promised date.
        var proposalDecision = await db.Decisions.SingleOrDefaultAsync(d => d.BriefId == briefId && d.ProposalId == proposalId && d.Subject == DecisionSubject.Proposal, cancellationToken);
        var policy = await db.PolicyAsync(evaluator.OrganisationId, cancellationToken);
        return await CoordinatorChangeAsync(evaluator, briefId, cancellationToken, context =>
        {
            var (proposal, candidate) = Find(context, proposalId, candidateId);
            context.Evaluation.ShortlistCandidate(proposal.Id, candidate.Id);
            var now = clock.GetUtcNow().UtcDateTime;
            List<object> events = [new CandidateShortlisted(briefId, context.RpoId, proposal.Id, proposal.FirmId, candidate.Id, candidate.Alias, evaluator.Name, now)];
            if (proposalDecision is not null)
            {
                var decisionBy = BusinessDays.Add(DateOnly.FromDateTime(now), policy.DaysAfterShortlisting);
                db.Decisions.Add(proposalDecision.ForCandidate(candidate.Id, candidate.Alias, decisionBy));
                if (proposalDecision.IsOpen)
                {
                    events.Add(db.Decide(proposalDecision, Outcome.Shortlisted, OutcomeMessages.Shortlisted(context.Brief.RoleTitle, candidate.Alias, decisionBy), automated: true, now)!);
                }
                else
                {
                    db.Note(briefId, proposal.FirmId, now, OutcomeMessages.Shortlisted(context.Brief.RoleTitle, candidate.Alias, decisionBy));
                }
            }

            return events;
        });
    }

    internal static (Proposal, ProposedCandidate) Find(Context context, Guid proposalId, Guid candidateId) =>
        context.Proposals.SingleOrDefault(p => p.Id == proposalId) is { } proposal && proposal.Content.Candidates.SingleOrDefault(c => c.Id == candidateId) is { } candidate
            ? (proposal, candidate)
            : throw new EvaluationRuleException("That candidate is not part of a submitted proposal for this brief.");

    /// <summary>A change only a coordinator of the brief's RPO may make, saved with the events it returns; a broken rule comes back as the page's error.</summary>
    internal async Task<Result> CoordinatorChangeAsync(Evaluator evaluator, Guid briefId, CancellationToken cancellationToken, Func<Context, IEnumerable<object>> change)
    {
        if (evaluator.Role != EvaluatorRole.Coordinator || await LoadAsync(evaluator, briefId, cancellationToken) is not { } context)
        {
            return Result.NotFound();
        }

        try
        {
            foreach (var integrationEvent in change(context).ToList())
            {
                db.AddToOutbox(integrationEvent, clock);
            }
        }
        catch (Exception rule) when (rule is EvaluationRuleException or DecisionRuleException)
        {
            return Result.Failure("", rule.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>The brief as this evaluator may evaluate it, or null: the RPO's coordinators, and the client executive invited to it.</summary>
    private async Task<Context?> LoadAsync(Evaluator evaluator, Guid briefId, CancellationToken cancellationToken)
    {
        var allowed = evaluator.Role switch
        {
            EvaluatorRole.Coordinator => await rpoBriefs.GetBriefAsync(evaluator.OrganisationId, briefId, cancellationToken) is not null,
            EvaluatorRole.ClientExecutive => await clientBriefings.IsInvitedAsync(evaluator.UserId, briefId, cancellationToken),
            _ => false,
        };
        var brief = allowed ? await briefs.GetAsync(briefId, cancellationToken) : null;
        if (brief is null)
        {
            return null;
        }

        // Until the brief is routed there is nothing to evaluate, and nothing is stored.
        var rpoId = await db.InboxItems.Where(i => i.BriefId == briefId).Select(i => (Guid?)i.RpoOrganisationId).FirstOrDefaultAsync(cancellationToken);
        // Find sees an evaluation this scope added and has not saved yet (a refused change, then the page again).
        var evaluation = await db.Evaluations.FindAsync([briefId], cancellationToken);
        if (evaluation is null)
        {
            evaluation = new BriefEvaluation(briefId, rpoId ?? Guid.Empty);
            if (rpoId is not null)
            {
                db.Evaluations.Add(evaluation);
            }
        }

        var proposals = await db.Proposals.Where(p => p.BriefId == briefId && p.Status == ProposalStatus.Submitted).ToListAsync(cancellationToken);
        return new Context(evaluation.RpoOrganisationId, brief, BriefCriteria.Of(brief), evaluation, proposals);
    }
}
