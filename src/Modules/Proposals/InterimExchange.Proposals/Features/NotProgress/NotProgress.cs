using FluentValidation;

namespace InterimExchange.Proposals.Features.NotProgress;

/// <summary>Why one item does not progress, and the personal feedback the firm reads.</summary>
internal sealed record NotProgressing(NotProgressedReason? Reason, string? Feedback);

internal sealed class NotProgressingValidator : AbstractValidator<NotProgressing>
{
    public const int FeedbackLength = 2000;

    public NotProgressingValidator()
    {
        RuleFor(n => n.Reason).NotNull().WithMessage("Choose the reason from the list.").IsInEnum().WithMessage("Choose the reason from the list.");
        RuleFor(n => n.Feedback).NotEmpty().WithMessage("Write a line of personal feedback: it is what the firm will read.")
            .MaximumLength(FeedbackLength).WithMessage("Keep the feedback to 2,000 characters.");
    }
}

/// <summary>The coordinator tells a firm that its routed brief, proposal or candidate does not progress, with a reason and feedback.</summary>
internal sealed class NotProgressHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IValidator<NotProgressing> validator)
{
    public async Task<Result> HandleAsync(Coordinator by, Guid briefId, Guid decisionId, NotProgressing request, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(request, cancellationToken)
            ?? await changes.ApplyToDecisionAsync(db, by, briefId, decisionId,
                (decision, now) => db.Decide(decision, Outcome.NotProgressed, request.Feedback!.Trim(), automated: false, now, request.Reason), cancellationToken);
    }
}
