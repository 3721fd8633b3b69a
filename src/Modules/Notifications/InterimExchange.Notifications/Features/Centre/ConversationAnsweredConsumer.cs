using InterimExchange.Accounts.Contracts;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Notifications.Features.Centre;

/// <summary>
/// A side answered a request for a conversation: what asked its people for that answer (the request, other times proposed, the
/// reminders that it is due or overdue) is done, so it stops counting as new. Only what reached them by the answer's time is done:
/// a later round of times, handled out of order, stays new. Marking read twice changes nothing, so a redelivery is harmless.
/// </summary>
internal sealed class ConversationAnsweredConsumer(NotificationsDbContext db, IAccounts accounts, TimeProvider clock)
    : InboxConsumer<ConversationAnswered, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConversationAnswered message, CancellationToken cancellationToken)
    {
        var side = (await accounts.AskAsync(new MembersQuery(message.By.OrganisationId), cancellationToken)).Select(m => m.UserId).ToList();
        var link = PortalLinks.Conversation(message.ConversationId);
        var asks = await Db.Notifications
            .Where(n => side.Contains(n.UserId) && n.ReadAtUtc == null && n.Link == link && n.CreatedAtUtc <= message.AtUtc)
            .ToListAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        asks.ForEach(n => n.MarkRead(now));
    }
}
