using InterimExchange.Accounts.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.Extensions.Options;

namespace InterimExchange.Relationships.Features.HandOverWork;

/// <summary>
/// A person handed their work to a colleague: the relationships they kept in touch with (with their cadence), the briefs whose firms
/// reach the client through them, and the conversations they asked for, answer or attend are the colleague's from now on. The other
/// side is told who their contact is, in its timeline and by email; an agreed conversation's calendar event is updated (same UID,
/// higher SEQUENCE), with the colleague as organiser when the person had asked for it.
/// </summary>
internal sealed class WorkHandedOverConsumer(RelationshipsDbContext db, Parties parties, IOptions<SiteOptions> site, TimeProvider clock)
    : InboxConsumer<WorkHandedOver, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkHandedOver message, CancellationToken cancellationToken)
    {
        var from = message.FromUserId;
        var said = message.Note is null ? "" : $"\n{message.FromName} writes: \"{message.Note}\"\n";
        foreach (var relationship in await Db.Relationships.Where(r => r.RpoOrganisationId == message.OrganisationId && r.OwnerId == from).ToListAsync(cancellationToken))
        {
            Db.Timeline.Add(relationship.HandOver(message.ToUserId, message.ToName, message.FromName, message.Note, message.AtUtc));
            var (kind, portal) = relationship.Kind == CounterpartKind.Firm ? (PartyKind.Firm, "firm") : (PartyKind.Client, "client");
            foreach (var person in await parties.PeopleAsync(relationship.CounterpartId, relationship.CounterpartName, kind, cancellationToken))
            {
                Db.AddToOutbox(new EmailRequested(person.Email, person.Name, $"Your contact at {relationship.RpoName} is now {message.ToName}",
                    $"""
                    Hello {person.Name},

                    {message.FromName} has handed their work at {relationship.RpoName} to {message.ToName}, who is your contact from now on ({message.ToEmail}).
                    {said}
                    Your relationship with {relationship.RpoName}: {site.Value.Link(PortalLinks.Relationship(relationship.Id, portal))}
                    """), Clock);
            }
        }

        foreach (var routed in await Db.RoutedBriefs.Where(r => r.CoordinatorId == from).ToListAsync(cancellationToken))
        {
            routed.HandOver(message.ToUserId);
        }

        var conversations = await Db.Conversations
            .Where(c => (c.RequesterUserId == from || c.ResponderUserId == from || c.GuestUserId == from)
                        && (c.State == ConversationState.Requested || c.State == ConversationState.Accepted))
            .ToListAsync(cancellationToken);
        foreach (var conversation in conversations.Where(c => c.HandOver(from, message.ToUserId, message.ToName, message.ToEmail, message.ToTimeZone)))
        {
            var what = $"{message.ToName} holds this conversation now, in place of {message.FromName}";
            var link = site.Value.Link(PortalLinks.Conversation(conversation.Id)).ToString();
            var emails = conversation.State == ConversationState.Accepted
                ? ConversationCalendar.Emails(conversation, what, link, Clock.GetUtcNow().UtcDateTime)
                : conversation.People.Where(p => p.UserId != message.ToUserId).Select(p => new EmailRequested(p.Email, p.Name, $"{what}: {conversation.Purpose}",
                    $"""
                    Hello {p.Name},

                    {what}: {conversation.Purpose}. The request is still open; its page: {link}
                    {said}
                    """));
            foreach (var email in emails)
            {
                Db.AddToOutbox(email, Clock);
            }
        }
    }
}
