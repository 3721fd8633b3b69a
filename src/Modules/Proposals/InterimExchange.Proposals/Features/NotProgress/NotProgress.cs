using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.NotProgress;

/// <summary>Why one item does not progress, and the personal feedback the firm reads.</summary>
internal sealed class NotProgressValidator : AbstractValidator<NotProgressCommand>
{
    public const int FeedbackLength = 2000;

    public NotProgressValidator()
    {
        RuleFor(n => n.Reason).NotNull().WithMessage("Choose the reason from the list.").IsInEnum().WithMessage("Choose the reason from the list.");
        RuleFor(n => n.Feedback).NotEmpty().WithMessage("Write a line of personal feedback: it is what the firm will read.")
            .MaximumLength(FeedbackLength).WithMessage("Keep the feedback to 2,000 characters.");
    }
}

/// <summary>The coordinator tells a firm that its routed brief, proposal or candidate does not progress, with a reason and feedback.</summary>
internal sealed class NotProgressHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<NotProgressCommand>
{
    public Task<Result> HandleAsync(NotProgressCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToDecisionAsync(db, command.By, command.BriefId, command.DecisionId,
            (decision, now) => db.Decide(decision, Outcome.NotProgressed, command.Feedback!.Trim(), automated: false, now, command.Reason), cancellationToken);
}
