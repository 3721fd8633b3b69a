using FluentValidation;

namespace InterimExchange.Proposals.Features.MoveDecisionDate;

/// <summary>The new decision-by date of one item, and why it moves; the firm reads both.</summary>
internal sealed record DateMove(DateOnly? MoveTo, string? MoveReason);

internal sealed class DateMoveValidator : AbstractValidator<DateMove>
{
    public DateMoveValidator()
    {
        RuleFor(m => m.MoveTo).NotNull().WithMessage("Choose the new decision-by date.");
        RuleFor(m => m.MoveReason).NotEmpty().WithMessage("Say why the date moves: the firm reads it.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
    }
}

/// <summary>The coordinator moves an open item's decision-by date; the firm sees the new date and the reason.</summary>
internal sealed class MoveDecisionDateHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IValidator<DateMove> validator)
{
    public async Task<Result> HandleAsync(Coordinator by, Guid briefId, Guid decisionId, DateMove move, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(move, cancellationToken)
            ?? await changes.ApplyToDecisionAsync(db, by, briefId, decisionId, (decision, now) =>
            {
                var moved = decision.Move(move.MoveTo!.Value, move.MoveReason!.Trim(), by.Name, now);
                db.Note(briefId, decision.FirmId, now, $"The decision on your {decision.What} moved from {moved.From:d MMMM yyyy} to {moved.To:d MMMM yyyy}: {moved.Reason}");
                return moved;
            }, cancellationToken);
    }
}
