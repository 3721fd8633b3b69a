using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.AcceptConversation;

/// <summary>
/// Nothing to check in the input's shape: that the time is one of those proposed, and that a coordinator approving names an
/// executive, are the conversation's rules, told next to the field by the change itself.
/// </summary>
internal sealed class AcceptConversationValidator : AbstractValidator<AcceptConversationCommand>;

/// <summary>The side that owes an answer accepts one of the proposed times: the conversation is agreed and everyone receives its calendar file.</summary>
internal sealed class AcceptConversationHandler(RelationshipsDbContext db, ConversationChanges conversations) : ICommandHandler<AcceptConversationCommand>
{
    public async Task<Result> HandleAsync(AcceptConversationCommand command, CancellationToken cancellationToken)
    {
        var by = command.By;
        var guest = await conversations.GuestAsync(command.ConversationId, command.Guest, cancellationToken);
        return await conversations.ApplyAsync(by, command.ConversationId, async (conversation, now) =>
        {
            var accepted = conversation.Accept(by, command.StartsAtUtc, guest, now);
            conversations.Note(conversation, now, $"{by.Name} accepted: {conversation.Purpose.TrimEnd('.')}. Agreed for {conversation.When(ConversationChanges.Zone(conversation))}.");
            (await db.Relationships.SingleAsync(r => r.Id == conversation.RelationshipId, cancellationToken))
                .ConversationAgreed(DateOnly.FromDateTime(conversation.StartsAtUtc!.Value));
            return conversations.Invitations(conversation, "Conversation agreed", now).Append(accepted).Append(ConversationChanges.Answered(conversation, accepted.By, now));
        }, cancellationToken);
    }
}
