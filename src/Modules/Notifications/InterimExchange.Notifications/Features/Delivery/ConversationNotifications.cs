using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// The people of a conversation hear of it as it moves: a request and other times reach whoever owes the answer, a decline the
/// other side, an acceptance, a move and a cancellation everyone else in it, reminders everyone in it, each time on the reader's own
/// clock. An agreed, moved or cancelled agreed conversation reaches them by email as a calendar file from the Relationships module,
/// so its notification is recorded in their centre without a second email.
/// </summary>
internal abstract class ConversationNotification<TMessage>(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<TMessage, NotificationsDbContext>(db, clock)
    where TMessage : class
{
    protected Deliveries Deliveries { get; } = deliveries;

    protected Task ToAsync(IEnumerable<ConversationParty> people, Guid conversationId, Func<TeamMemberView, (string Title, string Body)> notice, CancellationToken cancellationToken,
        bool emailedElsewhere = false) =>
        Deliveries.ToPeopleAsync(people.Select(p => (p.OrganisationId, p.UserId)), notice, PortalLinks.Conversation(conversationId), cancellationToken, emailedElsewhere);

    /// <summary>Everyone in the conversation but the person who acted.</summary>
    protected static IEnumerable<ConversationParty> Others(IEnumerable<ConversationParty> people, ConversationParty by) => people.Where(p => p.UserId != by.UserId);
}

internal sealed class ConversationRequestedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationRequested>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationRequested message, CancellationToken cancellationToken) =>
        ToAsync([message.To], message.ConversationId, _ => ($"{message.From.Name} asks for a conversation",
            $"{message.From.Name} asks for a conversation{(message.ThroughCoordinator ? " with your client's executive, with you in the room" : "")}: {message.Purpose}\n\nAccept one of the proposed times, propose others, or decline with a reason, by {message.RespondBy:d MMMM yyyy}."),
            cancellationToken);
}

internal sealed class ConversationTimesProposedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationTimesProposed>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationTimesProposed message, CancellationToken cancellationToken) =>
        ToAsync([message.Awaiting], message.ConversationId, _ => ($"{message.By.Name} proposed other times",
            $"{message.By.Name} proposed other times for: {message.Purpose}\n\nAccept one, propose others, or decline, by {message.RespondBy:d MMMM yyyy}."), cancellationToken);
}

internal sealed class ConversationDeclinedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationDeclined>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationDeclined message, CancellationToken cancellationToken) =>
        ToAsync([message.Requester], message.ConversationId, _ => ($"{message.By.Name} declined the conversation",
            $"{message.By.Name} declined: {message.Purpose}\n\nTheir reason: {message.Reason}"), cancellationToken);
}

internal sealed class ConversationAcceptedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationAccepted>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationAccepted message, CancellationToken cancellationToken) =>
        ToAsync(Others(message.People, message.By), message.ConversationId, person => ($"{message.By.Name} accepted the conversation",
            $"{message.By.Name} accepted: {message.Purpose}\n\nWhen: {LocalTimes.Describe(message.StartsAtUtc, person.TimeZone)}, {message.Minutes} minutes. The calendar invitation is in your email."),
            cancellationToken, emailedElsewhere: true);
}

internal sealed class ConversationMovedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationMoved>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationMoved message, CancellationToken cancellationToken) =>
        ToAsync(Others(message.People, message.By), message.ConversationId, person => ($"{message.By.Name} moved the conversation",
            $"{message.By.Name} moved: {message.Purpose}\n\nNew time: {LocalTimes.Describe(message.StartsAtUtc, person.TimeZone)}\nWhy: {message.Reason}\n\nThe calendar update is in your email."),
            cancellationToken, emailedElsewhere: true);
}

/// <summary>A cancelled request was emailed to nobody: the notification's email tells them; an agreed one's calendar cancellation already did.</summary>
internal sealed class ConversationCancelledNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationCancelled>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationCancelled message, CancellationToken cancellationToken) =>
        ToAsync(Others(message.People, message.By), message.ConversationId, _ => ($"{message.By.Name} cancelled the conversation",
            $"{message.By.Name} cancelled: {message.Purpose}\n\nWhy: {message.Reason}"), cancellationToken, emailedElsewhere: message.WasAgreed);
}

/// <summary>The answer is due tomorrow, or overdue: the person who owes it is reminded, and once overdue their organisation's admins are told.</summary>
internal sealed class ConversationAnswerDueNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationAnswerDue>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationAnswerDue message, CancellationToken cancellationToken) =>
        Deliveries.ToOwnerAndLeadsAsync(message.Awaiting.OrganisationId, message.Awaiting.UserId, leadsToo: message.DaysOverdue > 0,
            message.DaysOverdue > 0
                ? $"Overdue by {message.DaysOverdue} {(message.DaysOverdue == 1 ? "day" : "days")}: {message.From.Name}'s request for a conversation"
                : $"Answer due {message.RespondBy:d MMMM}: {message.From.Name}'s request for a conversation",
            $"{message.From.Name} asked {message.Awaiting.Name} for a conversation and was promised an answer by {message.RespondBy:d MMMM yyyy}: {message.Purpose}\n\nAccept a time, propose others, or decline with a reason.",
            PortalLinks.Conversation(message.ConversationId), cancellationToken);
}

internal sealed class ConversationComingUpNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationComingUp>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationComingUp message, CancellationToken cancellationToken) =>
        ToAsync(message.People, message.ConversationId, person => ("Your conversation is tomorrow",
            $"{message.Purpose}\n\nWhen: {LocalTimes.Describe(message.StartsAtUtc, person.TimeZone)}"), cancellationToken);
}

internal sealed class ConversationFollowUpNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<ConversationFollowUpDue>(db, deliveries, clock)
{
    protected override Task HandleAsync(ConversationFollowUpDue message, CancellationToken cancellationToken) =>
        ToAsync(message.People, message.ConversationId, _ => ("What was agreed?",
            $"{message.Purpose}\n\nWrite one line of what was agreed, and the next step with a date (you will be reminded on it). If the conversation did not happen, say so."),
            cancellationToken);
}

internal sealed class NextStepDueNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : ConversationNotification<NextStepDue>(db, deliveries, clock)
{
    protected override Task HandleAsync(NextStepDue message, CancellationToken cancellationToken) =>
        ToAsync([message.Person], message.ConversationId, _ => ($"Next step due today: {message.NextStep}",
            $"You agreed this next step after a conversation: {message.NextStep}"), cancellationToken);
}

/// <summary>A relationship past its cadence: its owner (or, without one, the RPO's leads) is told why to reach out.</summary>
internal sealed class RelationshipOverdueNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<RelationshipOverdue, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RelationshipOverdue message, CancellationToken cancellationToken) =>
        deliveries.ToOwnerAndLeadsAsync(message.RpoOrganisationId, message.OwnerId ?? Guid.Empty, leadsToo: false, $"Keep in touch with {message.Name}",
            $"It is time to be in touch with {message.Name}. {message.Reason}.\n\nLog a contact or ask for a conversation from the relationship's page.",
            PortalLinks.Relationship(message.RelationshipId, rpo: true), cancellationToken);
}
