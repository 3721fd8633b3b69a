using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Relationships.Features.ViewConversations;

/// <summary>Conversations as each viewer reads them: times on their own clock with the zone named, and what they may do now.</summary>
internal sealed class ViewConversationsHandler(RelationshipsDbContext db, Parties parties, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ConversationView?> GetAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken)
    {
        var conversation = await parties.Conversations(viewer).AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var now = Now;
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
    private static bool OwnNextStep(Conversation conversation, ConversationRecord record, Viewer viewer) =>
        conversation.People.Any(p => p.UserId == record.UserId && p.OrganisationId == viewer.OrganisationId);

    public async Task<CalendarFile?> CalendarAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken)
    {
        var conversation = await parties.Conversations(viewer).AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        return conversation is { StartsAtUtc: not null, State: ConversationState.Accepted or ConversationState.Held or ConversationState.Cancelled }
            ? new CalendarFile($"conversation-{conversation.Id:N}.ics", ConversationCalendar.For(conversation, Now))
            : null;
    }

    /// <summary>The requests awaiting the viewer's side, soonest respond-by first: one query, at most 50 shown.</summary>
    public async Task<ConversationsOwed> OwedAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Now);
        var owed = db.Conversations.AsNoTracking().Where(c => c.State == ConversationState.Requested && c.AwaitingOrganisationId == viewer.OrganisationId
            && (viewer.Kind != PartyKind.Client || c.AwaitingUserId == viewer.UserId));
        var items = await owed.OrderBy(c => c.RespondBy).Take(50).ToListAsync(cancellationToken);
        var overdue = await owed.CountAsync(c => c.RespondBy < today, cancellationToken);
        return new ConversationsOwed(items.Select(c => ProposedTimes.Summary(c, viewer, today)).ToList(), overdue);
    }

    public async Task<IReadOnlyList<ConversationSummary>> ForBriefAsync(Viewer viewer, Guid briefId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Now);
        var items = await parties.Conversations(viewer).AsNoTracking().Where(c => c.BriefId == briefId).OrderByDescending(c => c.RequestedAtUtc).Take(50)
            .ToListAsync(cancellationToken);
        return items.Select(c => ProposedTimes.Summary(c, viewer, today)).ToList();
    }
}
