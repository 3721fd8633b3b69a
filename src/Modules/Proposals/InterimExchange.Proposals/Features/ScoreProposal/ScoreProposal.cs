using FluentValidation;

namespace InterimExchange.Proposals.Features.ScoreProposal;

/// <summary>One evaluator's scores of one proposal, as posted: a row left blank is a score not given yet.</summary>
internal sealed record ScoreSheet(IReadOnlyList<ScoreInput> Scores);

internal sealed class ScoreSheetValidator : AbstractValidator<ScoreSheet>
{
    public const int EvidenceLength = 1000;

    public ScoreSheetValidator()
    {
        RuleFor(s => s.Scores).Must(s => s.Count <= 100).WithMessage("Too many scores were sent at once.");
        RuleForEach(s => s.Scores).Where(s => s.Value is not null || !string.IsNullOrWhiteSpace(s.Evidence)).ChildRules(score =>
        {
            score.RuleFor(s => s.Value).NotNull().WithMessage("Score from 1 to 5.")
                .InclusiveBetween(ScoreInput.Lowest, ScoreInput.Highest).WithMessage("Score from 1 to 5.");
            score.RuleFor(s => s.Evidence).NotEmpty().WithMessage("Add a line of evidence for the score.")
                .MaximumLength(EvidenceLength).WithMessage("Keep the evidence to one line (1,000 characters at most).");
        });
    }
}

/// <summary>An evaluator scores a proposal's approach and candidates against every criterion; the last score due completes scoring and unseals the terms.</summary>
internal sealed class ScoreProposalHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, Evaluations evaluations, IValidator<ScoreSheet> validator)
{
    public async Task<Result> HandleAsync(Evaluator evaluator, Guid briefId, Guid proposalId, IReadOnlyList<ScoreInput> scores, CancellationToken cancellationToken)
    {
        if (await evaluations.LoadAsync(evaluator, briefId, cancellationToken) is not { } context
            || context.Proposals.SingleOrDefault(p => p.Id == proposalId) is not { } proposal
            || scores.Any(s => !proposal.ScoredItems.Contains(s.CandidateId) || s.Criterion < 1 || s.Criterion > context.Criteria.Count))
        {
            return Result.NotFound();
        }

        if (await validator.RefusalAsync(new ScoreSheet(scores), cancellationToken) is { } refused)
        {
            return refused;
        }

        return await changes.ApplyAsync(_ => Task.FromResult<Evaluations.Context?>(context), async (_, now) =>
        {
            context.Evaluation.EnsureScoringOpen();
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

            return BriefEvaluation.ScoringComplete(context.Proposals, existing, context.Criteria.Count)
                ? context.Evaluation.CompleteScoring(context.Proposals.Count, context.ProposalsClosed, now)
                : null;
        }, cancellationToken);
    }
}
