using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ScoreProposal;

/// <summary>One evaluator's scores of one proposal, as posted: a row left blank is a score not given yet.</summary>
internal sealed class ScoreProposalValidator : AbstractValidator<ScoreProposalCommand>
{
    public const int EvidenceLength = 1000;

    public ScoreProposalValidator()
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
internal sealed class ScoreProposalHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, Evaluations evaluations) : ICommandHandler<ScoreProposalCommand>
{
    public async Task<Result> HandleAsync(ScoreProposalCommand command, CancellationToken cancellationToken)
    {
        var (briefId, proposalId, scores) = (command.BriefId, command.ProposalId, command.Scores);
        var role = Evaluations.RoleOf(command.By);
        if (await evaluations.LoadAsync(command.By, briefId, cancellationToken) is not { } context
            || context.Proposals.SingleOrDefault(p => p.Id == proposalId) is not { } proposal
            || scores.Any(s => !proposal.ScoredItems.Contains(s.CandidateId) || s.Criterion < 1 || s.Criterion > context.Criteria.Count))
        {
            return Result.NotFound();
        }

        return await changes.ApplyAsync(_ => Task.FromResult<Evaluations.Context?>(context), async (_, now) =>
        {
            context.Evaluation.EnsureScoringOpen();
            var existing = await db.Scores.Where(s => s.BriefId == briefId).ToListAsync(cancellationToken);
            foreach (var input in scores.Where(s => s.Value is not null))
            {
                var score = existing.SingleOrDefault(s => s.ProposalId == proposalId && s.CandidateId == input.CandidateId && s.Criterion == input.Criterion && s.Role == role);
                if (score is null)
                {
                    score = new Score(briefId, proposalId, input.CandidateId, input.Criterion, role!.Value);
                    db.Scores.Add(score);
                    existing.Add(score);
                }

                score.Set(input.Value!.Value, input.Evidence!.Trim(), command.By.Name, now);
            }

            return BriefEvaluation.ScoringComplete(context.Proposals, existing, context.Criteria.Count)
                ? context.Evaluation.CompleteScoring(context.Proposals.Count, context.ProposalsClosed, now)
                : null;
        }, cancellationToken);
    }
}
