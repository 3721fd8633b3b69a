using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.DeclineConversation;

internal sealed class DeclineConversationValidator : AbstractValidator<DeclineConversationCommand>
{
    public DeclineConversationValidator() =>
        RuleFor(r => r.Reason).IsAReasonOthersRead("Say why you decline: they will read it.");
}

/// <summary>The side that owes an answer declines, with the reason the other side reads.</summary>
internal sealed class DeclineConversationHandler(ConversationChanges conversations) : ICommandHandler<DeclineConversationCommand>
{
    public Task<Result> HandleAsync(DeclineConversationCommand command, CancellationToken cancellationToken) =>
        conversations.ApplyAsync(command.By, command.ConversationId, (conversation, now) =>
        {
            var declined = conversation.Decline(command.By, command.Reason!.Trim(), now);
            conversations.Note(conversation, now, $"{command.By.Name} declined the conversation: {command.Reason.Trim()}");
            return new object[] { declined, ConversationChanges.Answered(conversation, declined.By, now) };
        }, cancellationToken);
}
