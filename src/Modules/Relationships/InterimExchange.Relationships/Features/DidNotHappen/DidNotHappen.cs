using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.DidNotHappen;

internal sealed class DidNotHappenValidator : AbstractValidator<DidNotHappenCommand>
{
    public DidNotHappenValidator() =>
        RuleFor(r => r.Reason).IsAReasonOthersRead("Say why it did not happen.");
}

/// <summary>After its time, someone in the conversation records that it did not happen, and why.</summary>
internal sealed class DidNotHappenHandler(ConversationChanges conversations) : ICommandHandler<DidNotHappenCommand>
{
    public Task<Result> HandleAsync(DidNotHappenCommand command, CancellationToken cancellationToken) =>
        conversations.ApplyAsync(command.By, command.ConversationId, (conversation, now) =>
        {
            var missed = conversation.DidNotHappen(command.By, command.Reason!.Trim(), now);
            conversations.Note(conversation, now, $"The conversation did not happen, says {command.By.Name}: {missed.Reason}");
            return missed;
        }, cancellationToken);
}
