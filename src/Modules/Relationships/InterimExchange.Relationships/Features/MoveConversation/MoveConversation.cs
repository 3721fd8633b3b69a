using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.MoveConversation;

internal sealed class MoveConversationValidator : AbstractValidator<MoveConversationCommand>
{
    public MoveConversationValidator()
    {
        RuleFor(m => m.Time).NotNull().WithMessage("Choose the new time.");
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Say why it moves: everyone reads it.").MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
    }
}

/// <summary>Someone in an agreed conversation moves it to a new time, typed on their clock: everyone receives the calendar update.</summary>
internal sealed class MoveConversationHandler(ConversationChanges conversations) : ICommandHandler<MoveConversationCommand>
{
    public async Task<Result> HandleAsync(MoveConversationCommand command, CancellationToken cancellationToken)
    {
        var by = command.By;
        var (times, problems) = ProposedTimes.ToUtc(by.TimeZone, command.Time);
        if (problems.Count > 0)
        {
            return new Result(problems.ToDictionary(p => "Time", p => p.Value));
        }

        return await conversations.ApplyAsync(by, command.ConversationId, (conversation, now) =>
        {
            var moved = conversation.Move(by, times[0], command.Reason!.Trim(), now);
            conversations.Note(conversation, now, $"{by.Name} moved the conversation to {conversation.When(ConversationChanges.Zone(conversation))}: {moved.Reason}");
            return conversations.Invitations(conversation, "Conversation moved", now, moved.Reason).Append(moved);
        }, cancellationToken);
    }
}
