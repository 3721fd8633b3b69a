using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.RecordConversation;

internal sealed class RecordConversationValidator : AbstractValidator<RecordConversationCommand>
{
    public RecordConversationValidator()
    {
        RuleFor(r => r.Agreed).NotEmpty().WithMessage("Write one line of what was agreed.").MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
        RuleFor(r => r.NextStep).MaximumLength(500).WithMessage("Keep the next step to 500 characters.");
        RuleFor(r => r.NextStepOn).NotNull().When(r => !string.IsNullOrWhiteSpace(r.NextStep)).WithMessage("Give the next step a date: you will be reminded on it.");
    }
}

/// <summary>
/// After its time, someone in the conversation records what was agreed: the relationship's last contact moves to it, and a next
/// step becomes the recorder's organisation's own, with a reminder on its date.
/// </summary>
internal sealed class RecordConversationHandler(RelationshipsDbContext db, ConversationChanges conversations) : ICommandHandler<RecordConversationCommand>
{
    public Task<Result> HandleAsync(RecordConversationCommand command, CancellationToken cancellationToken)
    {
        var by = command.By;
        return conversations.ApplyAsync(by, command.ConversationId, async (conversation, now) =>
        {
            var nextStep = string.IsNullOrWhiteSpace(command.NextStep) ? null : command.NextStep.Trim();
            var held = conversation.Record(by, command.Agreed!.Trim(), nextStep, command.NextStepOn, now);
            conversations.Note(conversation, now, $"Conversation held: {conversation.Purpose}. {by.Name} ({by.OrganisationName}) recorded: {held.Agreed}");
            var relationship = await db.Relationships.SingleAsync(r => r.Id == conversation.RelationshipId, cancellationToken);
            relationship.Contacted(conversation.StartsAtUtc!.Value);
            if (nextStep is not null)
            {
                // A next step is the recorder's organisation's own, like its notes: the other side never reads it.
                relationship.NextStepAgreed(Parties.SideOf(by), nextStep, command.NextStepOn);
                db.Timeline.Add(new TimelineEntry(conversation.RelationshipId, now, TimelineKind.Conversation, $"Next step agreed by {by.Name}: {nextStep}, by {command.NextStepOn:d MMMM yyyy}.",
                    privateTo: by.OrganisationId, briefId: conversation.BriefId, conversationId: conversation.Id));
            }

            return (object?)held;
        }, cancellationToken);
    }
}
