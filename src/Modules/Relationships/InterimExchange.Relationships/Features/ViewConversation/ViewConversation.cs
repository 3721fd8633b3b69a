using InterimExchange.BuildingBlocks.Time;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ViewConversation;

/// <summary>A conversation as the caller reads it: times on their own clock with the zone named, and what they may do now.</summary>
internal sealed class ViewConversationHandler(Parties parties, TimeProvider clock) : IQueryHandler<ViewConversationQuery, ConversationView?>
{
    public async Task<ConversationView?> HandleAsync(ViewConversationQuery query, CancellationToken cancellationToken)
    {
        var viewer = query.By;
        var conversation = await parties.Conversations(viewer).AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var zone = viewer.TimeZone;
        var participant = conversation.People.Any(p => p.SpokenForBy(viewer));
        var canAnswer = conversation.AwaitsAnswerFrom(viewer);
        var needsGuest = canAnswer && conversation.NeedsGuest && conversation.Responder.SpokenForBy(viewer);
        var awaiting = conversation.AwaitingUserId == conversation.Requester.UserId ? conversation.Requester : conversation.Responder;
        return new ConversationView(conversation.Id, conversation.RelationshipId, conversation.BriefId, conversation.RoleTitle, conversation.Purpose, conversation.Agenda,
            conversation.Format, conversation.Where, conversation.Minutes, conversation.State,
            conversation.People.Select(p => new Participant(p.UserId, p.Name, p.OrganisationName, conversation.StateOf(p))).ToList(),
            awaiting.Name, conversation.RespondBy, conversation.IsOverdue(today),
            conversation.Times.Select(t => new ProposedTime(t, LocalTimes.Describe(t, zone))).ToList(),
            conversation.StartsAtUtc is null ? null : conversation.When(zone), conversation.StartsAtUtc, conversation.Sequence, conversation.ClosingReason,
            conversation.LastMove is { } move ? new MoveView(move.By, LocalTimes.Describe(move.AtUtc, zone), move.Reason) : null,
            conversation.Records.Select(r => OwnNextStep(conversation, r, viewer)
                ? new ConversationRecordView(r.Name, r.OrganisationName, r.Agreed, r.NextStep, r.NextStepOn, r.AtUtc)
                : new ConversationRecordView(r.Name, r.OrganisationName, r.Agreed, null, null, r.AtUtc)).ToList(),
            LocalTimes.Zone(zone).Id, canAnswer,
            participant && conversation.State == ConversationState.Accepted && conversation.StartsAtUtc > now,
            participant && conversation.State is ConversationState.Accepted or ConversationState.Held && conversation.StartsAtUtc <= now,
            needsGuest,
            needsGuest ? (await parties.ClientExecutivesAsync(conversation.BriefId, cancellationToken)).Select(p => new Contact(p.UserId, p.Name, p.OrganisationName)).ToList() : [],
            conversation.Records.Any(r => r.UserId == viewer.UserId));
    }

    /// <summary>A next step recorded in a conversation is its organisation's own: the other side reads what was agreed, not what the recorder will do next.</summary>
    private static bool OwnNextStep(Conversation conversation, ConversationRecord record, Caller viewer) =>
        conversation.People.Any(p => p.UserId == record.UserId && p.OrganisationId == viewer.OrganisationId);
}
