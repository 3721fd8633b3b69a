using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.CancelConversation;

internal sealed class CancelConversationValidator : AbstractValidator<CancelConversationCommand>
{
    public CancelConversationValidator() =>
        RuleFor(r => r.Reason).IsAReasonOthersRead("Say why you cancel: everyone in it reads it.");
}

/// <summary>Someone in the conversation cancels it; an agreed one emails everyone the cancelled calendar event in the same save.</summary>
internal sealed class CancelConversationHandler(ConversationChanges conversations) : ICommandHandler<CancelConversationCommand>
{
    public Task<Result> HandleAsync(CancelConversationCommand command, CancellationToken cancellationToken) =>
        conversations.ApplyAsync(command.By, command.ConversationId, (conversation, now) =>
        {
            var cancelled = conversation.Cancel(command.By, command.Reason!.Trim(), now);
            conversations.Note(conversation, now, $"{command.By.Name} cancelled the conversation: {cancelled.Reason}");
            return cancelled.WasAgreed ? conversations.Invitations(conversation, "Conversation cancelled", now).Append(cancelled) : new object[] { cancelled };
        }, cancellationToken);
}
