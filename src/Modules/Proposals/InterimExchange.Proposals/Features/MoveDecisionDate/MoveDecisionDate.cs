using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.MoveDecisionDate;

/// <summary>The new decision-by date of one item, and why it moves; the firm reads both.</summary>
internal sealed class MoveDecisionDateValidator : AbstractValidator<MoveDecisionDateCommand>
{
    public MoveDecisionDateValidator()
    {
        RuleFor(m => m.MoveTo).NotNull().WithMessage("Choose the new decision-by date.");
        RuleFor(m => m.MoveReason).NotEmpty().WithMessage("Say why the date moves: the firm reads it.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
    }
}

/// <summary>The coordinator moves an open item's decision-by date; the firm sees the new date and the reason.</summary>
internal sealed class MoveDecisionDateHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<MoveDecisionDateCommand>
{
    public Task<Result> HandleAsync(MoveDecisionDateCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToDecisionAsync(db, command.By, command.BriefId, command.DecisionId, (decision, now) =>
        {
            var moved = decision.Move(command.MoveTo!.Value, command.MoveReason!.Trim(), command.By.Name, now);
            db.Note(command.BriefId, decision.FirmId, now, $"The decision on your {decision.What} moved from {moved.From:d MMMM yyyy} to {moved.To:d MMMM yyyy}: {moved.Reason}");
            return moved;
        }, cancellationToken);
}
