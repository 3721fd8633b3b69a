using InterimExchange.Accounts.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.Extensions.Options;

namespace InterimExchange.Relationships.Features.HandOverWork;

/// <summary>
/// A person handed their work to a colleague: the relationships they kept in touch with (with their cadence), the briefs whose firms
/// reach the client through them, and the conversations they asked for, answer or attend are the colleague's from now on.
/// </summary>
internal sealed class WorkHandedOverConsumer(RelationshipsDbContext db, Parties parties, IOptions<SiteOptions> site, TimeProvider clock)
    : InboxConsumer<WorkHandedOver, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkHandedOver message, CancellationToken cancellationToken)
    {
        var moved = await new WorkMove(Db, parties, site.Value, Clock).MoveAsync(
            new(message.OrganisationId, message.FromUserId, message.FromName, message.ToUserId, message.ToName, message.ToEmail, message.ToTimeZone, message.Note, message.AtUtc),
            only: null, cancellationToken);
        Db.HandedOver(message.HandoverId, moved);
    }
}

/// <summary>Back from leave: what the colleague still holds of the handover is the person's again, and the people concerned are told.</summary>
internal sealed class WorkTakenBackConsumer(RelationshipsDbContext db, Parties parties, IOptions<SiteOptions> site, TimeProvider clock)
    : InboxConsumer<WorkTakenBack, RelationshipsDbContext>(db, clock)
{
    protected override Task HandleAsync(WorkTakenBack message, CancellationToken cancellationToken) =>
        new WorkMove(Db, parties, site.Value, Clock).MoveAsync(
            new(message.OrganisationId, message.FromUserId, message.FromName, message.ToUserId, message.ToName, message.ToEmail, message.ToTimeZone, null, message.AtUtc),
            only: Db.HandedOverIn(message.HandoverId), cancellationToken);
}

/// <summary>Work moving from one person to another, with the line the person handing over wrote.</summary>
internal sealed record Mover(Guid OrganisationId, Guid FromUserId, string FromName, Guid ToUserId, string ToName, string ToEmail, string ToTimeZone, string? Note,
    DateTime AtUtc);

/// <summary>
/// Moves what <see cref="Mover.FromUserId"/> holds here to <see cref="Mover.ToUserId"/> (only the items <c>only</c> lists, when given).
/// The other side is told who their contact is, in its timeline and by email; an agreed conversation's calendar event is updated
/// (same UID, higher SEQUENCE), with the new person as organiser when the old one had asked for it. Returns the ids of what moved.
/// </summary>
internal sealed class WorkMove(RelationshipsDbContext db, Parties parties, SiteOptions site, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> MoveAsync(Mover move, IQueryable<Guid>? only, CancellationToken cancellationToken)
    {
        var from = move.FromUserId;
        var moved = new List<Guid>();
        var said = move.Note is null ? "" : $"\n{move.FromName} writes: \"{move.Note}\"\n";
        var relationships = db.Relationships.Where(r => r.RpoOrganisationId == move.OrganisationId && r.OwnerId == from);
        foreach (var relationship in await (only is null ? relationships : relationships.Where(r => only.Contains(r.Id))).ToListAsync(cancellationToken))
        {
            moved.Add(relationship.Id);
            await TellAsync(relationship, relationship.HandOver(move.ToUserId, move.ToName, move.FromName, move.Note, move.AtUtc), move, said, cancellationToken);
        }

        var routedBriefs = db.RoutedBriefs.Where(r => r.CoordinatorId == from);
        var briefs = new List<Guid>();
        foreach (var routed in await (only is null ? routedBriefs : routedBriefs.Where(r => only.Contains(r.BriefId))).ToListAsync(cancellationToken))
        {
            // A routed brief is noted by its brief: one coordinator answers for all the firms it went to.
            briefs.Add(routed.BriefId);
            routed.HandOver(move.ToUserId);
        }

        moved.AddRange(briefs);

        // The client companies of those briefs learn who coordinates them now, unless their relationship was the person's and told above.
        var clients = db.BriefClients.Where(c => briefs.Contains(c.BriefId) && c.RpoOrganisationId == move.OrganisationId).Select(c => c.ClientOrganisationId);
        foreach (var relationship in await db.Relationships
                     .Where(r => r.RpoOrganisationId == move.OrganisationId && r.Kind == CounterpartKind.Client && clients.Contains(r.CounterpartId) && !moved.Contains(r.Id))
                     .ToListAsync(cancellationToken))
        {
            await TellAsync(relationship, relationship.ContactChanged(move.ToName, move.FromName, move.Note, move.AtUtc), move, said, cancellationToken);
        }

        var conversations = db.Conversations.Where(c => (c.RequesterUserId == from || c.ResponderUserId == from || c.GuestUserId == from)
                                                        && (c.State == ConversationState.Requested || c.State == ConversationState.Accepted));
        foreach (var conversation in (await (only is null ? conversations : conversations.Where(c => only.Contains(c.Id))).ToListAsync(cancellationToken))
                     .Where(c => c.HandOver(from, move.ToUserId, move.ToName, move.ToEmail, move.ToTimeZone)))
        {
            moved.Add(conversation.Id);
            var what = $"{move.ToName} holds this conversation now, in place of {move.FromName}";
            var link = site.Link(PortalLinks.Conversation(conversation.Id)).ToString();
            var emails = conversation.State == ConversationState.Accepted
                ? ConversationCalendar.Emails(conversation, what, link, clock.GetUtcNow().UtcDateTime)
                : conversation.People.Where(p => p.UserId != move.ToUserId).Select(p => new EmailRequested(p.Email, p.Name, $"{what}: {conversation.Purpose}",
                    $"""
                    Hello {p.Name},

                    {what}: {conversation.Purpose}. The request is still open; its page: {link}
                    {said}
                    """));
            foreach (var email in emails)
            {
                db.AddToOutbox(email, clock);
            }
        }

        return moved;
    }

    /// <summary>The other side's timeline says who their contact is now, and each of its people is emailed.</summary>
    private async Task TellAsync(Relationship relationship, TimelineEntry entry, Mover move, string said, CancellationToken cancellationToken)
    {
        db.Timeline.Add(entry);
        var (kind, portal) = relationship.Kind == CounterpartKind.Firm ? (PartyKind.Firm, "firm") : (PartyKind.Client, "client");
        foreach (var person in await parties.PeopleAsync(relationship.CounterpartId, relationship.CounterpartName, kind, cancellationToken))
        {
            db.AddToOutbox(new EmailRequested(person.Email, person.Name, $"Your contact at {relationship.RpoName} is now {move.ToName}",
                $"""
                Hello {person.Name},

                {move.FromName} has handed their work at {relationship.RpoName} to {move.ToName}, who is your contact from now on ({move.ToEmail}).
                {said}
                Your relationship with {relationship.RpoName}: {site.Link(PortalLinks.Relationship(relationship.Id, portal))}
                """), clock);
        }
    }
}
