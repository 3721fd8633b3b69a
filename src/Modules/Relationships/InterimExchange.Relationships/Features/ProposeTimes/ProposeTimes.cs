using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ProposeTimes;

internal sealed class ProposeTimesValidator : AbstractValidator<ProposeTimesCommand>
{
    public ProposeTimesValidator() => RuleFor(p => p.Time1).NotNull().WithMessage("Propose at least one time.");
}

/// <summary>The side that owes an answer proposes other times, typed on its own clock; a coordinator approving brings in the client executive.</summary>
internal sealed class ProposeTimesHandler(ConversationChanges conversations) : ICommandHandler<ProposeTimesCommand>
{
    public async Task<Result> HandleAsync(ProposeTimesCommand command, CancellationToken cancellationToken)
    {
        var by = command.By;
        var (times, problems) = ProposedTimes.ToUtc(by.TimeZone, command.Time1, command.Time2, command.Time3);
        if (problems.Count > 0)
        {
            return new Result(problems);
        }

        var guest = await conversations.GuestAsync(command.ConversationId, command.Guest, cancellationToken);
        return await conversations.ApplyAsync(by, command.ConversationId, (conversation, now) =>
        {
            var proposed = conversation.ProposeTimes(by, times, guest, now);
            conversations.Note(conversation, now, $"{by.Name} proposed other times{(guest is null ? "" : $", bringing in {guest.Name}")}.");
            return new object[] { proposed, ConversationChanges.Answered(conversation, proposed.By, now) };
        }, cancellationToken);
    }
}
