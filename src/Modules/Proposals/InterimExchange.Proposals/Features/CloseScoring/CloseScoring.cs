using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.CloseScoring;

/// <summary>Why the coordinator closes scoring before it is complete; kept in the brief's history.</summary>
internal sealed class CloseScoringValidator : AbstractValidator<CloseScoringCommand>
{
    public CloseScoringValidator() =>
        RuleFor(c => c.CloseReason).NotEmpty().WithMessage("Say why scoring closes before it is complete: it is kept in the brief's history.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
}

/// <summary>The coordinator closes scoring early with a reason; the commercial terms unseal.</summary>
internal sealed class CloseScoringHandler(Evaluations evaluations) : ICommandHandler<CloseScoringCommand>
{
    public Task<Result> HandleAsync(CloseScoringCommand command, CancellationToken cancellationToken) =>
        evaluations.CoordinatorChangeAsync(command.By, command.BriefId,
            (context, now) => context.Evaluation.CloseScoring(context.Proposals.Count, command.CloseReason!.Trim(), command.By.Name, context.ProposalsDue, context.Today, now),
            cancellationToken);
}
