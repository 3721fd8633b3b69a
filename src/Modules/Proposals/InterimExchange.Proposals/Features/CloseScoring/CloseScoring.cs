using FluentValidation;

namespace InterimExchange.Proposals.Features.CloseScoring;

/// <summary>Why the coordinator closes scoring before it is complete; kept in the brief's history.</summary>
internal sealed record ScoringClosure(string? CloseReason);

internal sealed class ScoringClosureValidator : AbstractValidator<ScoringClosure>
{
    public ScoringClosureValidator() =>
        RuleFor(c => c.CloseReason).NotEmpty().WithMessage("Say why scoring closes before it is complete: it is kept in the brief's history.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
}

/// <summary>The coordinator closes scoring early with a reason; the commercial terms unseal.</summary>
internal sealed class CloseScoringHandler(Evaluations evaluations, IValidator<ScoringClosure> validator)
{
    public async Task<Result> HandleAsync(Evaluator evaluator, Guid briefId, string? reason, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(new ScoringClosure(reason), cancellationToken)
            ?? await evaluations.CoordinatorChangeAsync(evaluator, briefId,
                (context, now) => context.Evaluation.CloseScoring(context.Proposals.Count, reason!.Trim(), evaluator.Name, context.ProposalsDue, context.Today, now), cancellationToken);
    }
}
