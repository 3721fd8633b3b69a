using InterimExchange.Relationships.Contracts.IntegrationEvents;
using Microsoft.Extensions.Options;

namespace InterimExchange.Relationships.Features;

/// <summary>
/// What every change to a conversation after its request shares: the conversation found within the caller's tenancy and changed
/// through the one shape of a change, the line each change writes on the timeline, and the calendar file an agreed, moved or
/// cancelled conversation emails everyone in the same save.
/// </summary>
internal sealed class ConversationChanges(RelationshipsDbContext db, Parties parties, Changes<RelationshipsDbContext> changes, IOptions<SiteOptions> site)
{
    public Task<Result> ApplyAsync(Caller by, Guid conversationId, Func<Conversation, DateTime, object?> change, CancellationToken cancellationToken) =>
        ApplyAsync(by, conversationId, (conversation, now) => Task.FromResult(change(conversation, now)), cancellationToken);

    public Task<Result> ApplyAsync(Caller by, Guid conversationId, Func<Conversation, DateTime, Task<object?>> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Conversations(by).SingleOrDefaultAsync(x => x.Id == conversationId, c), change, cancellationToken);

    /// <summary>The executive a coordinator brings in, when one is named: one of the brief's client's executives, or nobody.</summary>
    public async Task<Person?> GuestAsync(Guid conversationId, Guid? guestId, CancellationToken cancellationToken)
    {
        if (guestId is null)
        {
            return null;
        }

        var briefId = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.BriefId).SingleOrDefaultAsync(cancellationToken);
        return (await parties.ClientExecutivesAsync(briefId, cancellationToken)).FirstOrDefault(p => p.UserId == guestId);
    }

    public void Note(Conversation conversation, DateTime now, string text) =>
        db.Timeline.Add(new TimelineEntry(conversation.RelationshipId, now, TimelineKind.Conversation, text, briefId: conversation.BriefId, conversationId: conversation.Id));

    public IEnumerable<object> Invitations(Conversation conversation, string what, DateTime now, string? why = null) =>
        ConversationCalendar.Emails(conversation, what, site.Value.Link(PortalLinks.Conversation(conversation.Id)).ToString(), now, why);

    public static ConversationAnswered Answered(Conversation conversation, ConversationParty by, DateTime now) => new(conversation.Id, by, now);

    /// <summary>Times in the timeline are written in the requester's zone, named.</summary>
    public static string Zone(Conversation conversation) => conversation.Requester.TimeZone;
}
